using Microsoft.EntityFrameworkCore.Storage;

namespace FinalAccounts.Api.GraphQL.Conventions.Sql;

/// <summary>The parameters of one statement: values as SQLite stores them, each with the type mapping it is bound with.</summary>
public sealed class SqlParameters(IRelationalTypeMappingSource mappings)
{
    private readonly List<(string Name, object? Value, RelationalTypeMapping Mapping)> _items = [];

    /// <summary>The mapping of a plain text parameter (JSON lists).</summary>
    public RelationalTypeMapping TextMapping => MappingOf(typeof(string));

    /// <summary>The mapping of a plain integer parameter (a LIMIT).</summary>
    public RelationalTypeMapping IntMapping => MappingOf(typeof(int));

    /// <summary>The mapping of a value already in the form SQLite stores.</summary>
    public RelationalTypeMapping MappingOf(object value) => MappingOf(value.GetType());

    private RelationalTypeMapping MappingOf(Type type) =>
        mappings.FindMapping(type) ?? throw new InvalidOperationException($"No SQLite mapping for {type}.");

    public IReadOnlyList<(string Name, object? Value, RelationalTypeMapping Mapping)> Items => _items;

    /// <summary>Adds a value, bound with <paramref name="mapping"/>, and returns the name to write into the SQL.</summary>
    public string Add(object? value, RelationalTypeMapping mapping)
    {
        var name = "p" + _items.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        _items.Add((name, value, mapping));
        return "@" + name;
    }
}
