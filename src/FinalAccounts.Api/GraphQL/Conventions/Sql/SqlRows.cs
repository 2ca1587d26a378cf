using System.Data.Common;
using System.Text;
using FinalAccounts.Data.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace FinalAccounts.Api.GraphQL.Conventions.Sql;

/// <summary>
/// Runs a statement written by the conventions through EF Core's command layer on the request's connection: the
/// interceptors (statement interrupts, and whatever else is registered), logging and diagnostics all see it, as they
/// see the statements EF Core translates; only the translation from LINQ, which costs more than the statement itself
/// on a small page, is skipped.
/// </summary>
public static class SqlRows
{
    private const int TemplateCapacity = 4096;
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, IRelationalCommandTemplate> Templates = new(StringComparer.Ordinal);

    /// <summary>The parameters of a statement for <paramref name="db"/>.</summary>
    public static SqlParameters Parameters(SnapshotContext db) => new(db.GetService<IRelationalTypeMappingSource>());

    /// <summary>The rows of <paramref name="sql"/>, each built by <paramref name="read"/>.</summary>
    public static async Task<List<T>> ListAsync<T>(SnapshotContext db, string sql, SqlParameters parameters, Func<DbDataReader, T> read,
        CancellationToken cancellationToken)
    {
        var rows = new List<T>();
        var (connection, command) = Rent(db, sql, parameters);
        try
        {
            await using var reader = await ExecuteAsync(db, connection, command, parameters, cancellationToken);
            var data = reader.DbDataReader;
            while (await data.ReadAsync(cancellationToken))
                rows.Add(read(data));
            return rows;
        }
        finally
        {
            connection.ReturnCommand(command);
        }
    }

    /// <summary>The single integer <paramref name="sql"/> answers (a COUNT).</summary>
    public static async Task<long> ScalarAsync(SnapshotContext db, string sql, SqlParameters parameters, CancellationToken cancellationToken)
    {
        var (connection, command) = Rent(db, sql, parameters);
        try
        {
            await using var reader = await ExecuteAsync(db, connection, command, parameters, cancellationToken);
            var data = reader.DbDataReader;
            return await data.ReadAsync(cancellationToken) ? data.GetInt64(0) : 0;
        }
        finally
        {
            connection.ReturnCommand(command);
        }
    }

    private static Task<RelationalDataReader> ExecuteAsync(SnapshotContext db, IRelationalConnection connection, IRelationalCommand command,
        SqlParameters parameters, CancellationToken cancellationToken)
    {
        var values = new Dictionary<string, object?>(parameters.Items.Count, StringComparer.Ordinal);
        foreach (var (name, value, _) in parameters.Items)
            values.Add(name, value);
        return command.ExecuteReaderAsync(new RelationalCommandParameterObject(
            connection, values, readerColumns: null, db, db.GetService<IRelationalCommandDiagnosticsLogger>(), CommandSource.LinqQuery), cancellationToken);
    }

    /// <summary>A command of the context's connection (which keeps a few for reuse), filled from the statement's template.</summary>
    private static (IRelationalConnection Connection, IRelationalCommand Command) Rent(SnapshotContext db, string sql, SqlParameters parameters)
    {
        var connection = db.GetService<IRelationalConnection>();
        var command = connection.RentCommand();
        command.PopulateFrom(Template(db, sql, parameters));
        return (connection, command);
    }

    /// <summary>
    /// The template of a statement, built once per SQL text: the text fixes which column (and so which type mapping)
    /// each parameter meets. A template is shared by every request; each execution runs a command of its own filled
    /// from it. Texts come from queries, so only a bounded number is kept.
    /// </summary>
    private static IRelationalCommandTemplate Template(SnapshotContext db, string sql, SqlParameters parameters)
    {
        if (Templates.TryGetValue(sql, out var cached)) return cached;
        var builder = db.GetService<IRelationalCommandBuilderFactory>().Create().Append(sql);
        foreach (var (name, _, mapping) in parameters.Items)
            builder.AddParameter(name, "@" + name, mapping, nullable: false);
        var template = builder.Build();
        if (Templates.Count < TemplateCapacity) Templates.TryAdd(sql, template);
        return template;
    }

    /// <summary>SELECT a."c1", a."c2" FROM "table" AS a — the start of every statement here.</summary>
    public static StringBuilder Select(SqlTable table, IReadOnlyList<SqlColumn> columns, string alias)
    {
        var sql = new StringBuilder("SELECT ");
        for (var i = 0; i < columns.Count; i++)
        {
            if (i > 0) sql.Append(", ");
            sql.Append(alias).Append('.').Append(columns[i].Name);
        }
        return sql.Append(" FROM ").Append(table.Name).Append(" AS ").Append(alias);
    }
}
