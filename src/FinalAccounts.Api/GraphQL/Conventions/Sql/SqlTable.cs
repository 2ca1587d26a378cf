using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace FinalAccounts.Api.GraphQL.Conventions.Sql;

/// <summary>
/// The table of an entity as the EF Core model maps it: its name and the columns of its scalar properties whose
/// stored values SQLite compares and sorts the way the model's values do (integers, reals, text). Read once per type.
/// </summary>
public sealed class SqlTable
{
    private static readonly ConcurrentDictionary<Type, SqlTable?> Tables = new();
    private static readonly HashSet<Type> PlainProviderTypes = [typeof(long), typeof(int), typeof(short), typeof(byte), typeof(bool), typeof(double), typeof(string)];

    private readonly Dictionary<PropertyInfo, SqlColumn> _columns;

    private SqlTable(string name, Dictionary<PropertyInfo, SqlColumn> columns)
    {
        Name = name;
        _columns = columns;
    }

    /// <summary>The quoted table name.</summary>
    public string Name { get; }

    public SqlColumn? Column(PropertyInfo property) => _columns.GetValueOrDefault(property);

    /// <summary>The table of <paramref name="clrType"/> in <paramref name="model"/>, or null when the type is not a plain table.</summary>
    public static SqlTable? For(IModel model, Type clrType) => Tables.GetOrAdd(clrType, static (type, model) => Read(model, type), model);

    public static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static SqlTable? Read(IModel model, Type clrType)
    {
        if (model.FindEntityType(clrType) is not { } entityType || entityType.GetTableName() is not { } table || entityType.GetSchema() is not null)
            return null;
        var columns = new Dictionary<PropertyInfo, SqlColumn>();
        foreach (var property in entityType.GetProperties())
        {
            if (property.PropertyInfo is not { } info || property.GetColumnName() is not { } column) continue;
            if (property.GetRelationalTypeMapping() is not { } mapping) continue;
            var provider = mapping.Converter?.ProviderClrType ?? mapping.ClrType;
            if (!PlainProviderTypes.Contains(Nullable.GetUnderlyingType(provider) ?? provider)) continue;
            columns.Add(info, new SqlColumn(info, Quote(column), mapping, property.IsNullable));
        }
        return new SqlTable(Quote(table), columns);
    }
}
