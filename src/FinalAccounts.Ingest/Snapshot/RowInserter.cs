using System.Linq.Expressions;
using FinalAccounts.Data.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace FinalAccounts.Ingest.Snapshot;

/// <summary>
/// Inserts entities with one prepared statement per table, using the EF model for table and column
/// names and value converters, so the writer stays in step with the schema without EF's change tracker
/// (which is far too slow for a million rows).
/// </summary>
public sealed class RowInserter<T> : IDisposable where T : class
{
    private readonly SqliteCommand _command;
    private readonly (SqliteParameter Parameter, Func<T, object?> Get)[] _columns;

    public RowInserter(SqliteConnection connection, SqliteTransaction transaction, IModel model)
    {
        var entity = model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the snapshot model.");
        var table = entity.GetTableName()!;
        var properties = entity.GetProperties().Where(p => p.PropertyInfo is not null).ToArray();
        _command = connection.CreateCommand();
        _command.Transaction = transaction;
        _command.CommandText =
            $"INSERT INTO \"{table}\" ({string.Join(", ", properties.Select(p => $"\"{p.GetColumnName()}\""))}) " +
            $"VALUES ({string.Join(", ", properties.Select((_, i) => "$p" + i))})";
        _columns = properties.Select((p, i) =>
        {
            var parameter = _command.CreateParameter();
            parameter.ParameterName = "$p" + i;
            _command.Parameters.Add(parameter);
            return (parameter, Getter(p));
        }).ToArray();
        _command.Prepare();
    }

    public void Insert(T row)
    {
        foreach (var (parameter, get) in _columns) parameter.Value = get(row) ?? DBNull.Value;
        _command.ExecuteNonQuery();
    }

    public void Dispose() => _command.Dispose();

    private static Func<T, object?> Getter(IProperty property)
    {
        var instance = Expression.Parameter(typeof(T));
        var body = Expression.Convert(Expression.Property(instance, property.PropertyInfo!), typeof(object));
        var read = Expression.Lambda<Func<T, object?>>(body, instance).Compile();
        var converter = property.GetTypeMapping().Converter;
        if (converter is null) return read;
        return row => read(row) is { } value ? converter.ConvertToProvider(value) : null;
    }
}
