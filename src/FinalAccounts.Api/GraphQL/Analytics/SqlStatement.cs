using System.Data.Common;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace FinalAccounts.Api.GraphQL.Analytics;

/// <summary>
/// The parameters of one hand-written SQL statement. Values are always parameters, never text; a
/// `where` translated by EF Core comes in as a subquery with its parameters renamed so that two imported
/// filters cannot collide.
/// </summary>
public sealed partial class SqlStatement
{
    private readonly List<SqliteParameter> _parameters = [];
    private int _imports;

    public IReadOnlyList<SqliteParameter> Parameters => _parameters;

    /// <summary>Adds a parameter and returns its name, to be written into the SQL text.</summary>
    public string Add(object? value)
    {
        var name = "@v" + _parameters.Count;
        _parameters.Add(new SqliteParameter(name, value ?? DBNull.Value));
        return name;
    }

    /// <summary>The SQL of an EF Core query, to be used as a subquery, with its parameters added to this statement.</summary>
    public string Import<T>(IQueryable<T> query)
    {
        using DbCommand command = query.CreateDbCommand();
        var prefix = "@q" + _imports++ + "_";
        var renamed = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (DbParameter parameter in command.Parameters)
        {
            var bare = Bare(parameter.ParameterName);
            var name = prefix + bare;
            renamed[bare] = name;
            var copy = new SqliteParameter(name, parameter.Value ?? DBNull.Value);
            if (parameter is SqliteParameter typed) copy.SqliteType = typed.SqliteType;
            _parameters.Add(copy);
        }
        return renamed.Count == 0
            ? command.CommandText
            : ParameterReference().Replace(command.CommandText, m => renamed.TryGetValue(m.Groups[1].Value, out var name) ? name : m.Value);
    }

    private static string Bare(string name) => name.Length > 0 && name[0] is '@' or '$' or ':' ? name[1..] : name;

    [GeneratedRegex(@"[@$:]([A-Za-z_][A-Za-z0-9_]*)")]
    private static partial Regex ParameterReference();
}
