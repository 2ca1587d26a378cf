using System.Reflection;

namespace FinalAccounts.Api.GraphQL.Conventions;

/// <summary>A scalar property of an entity as the schema serves it.</summary>
public sealed class EntityScalar
{
    public EntityScalar(PropertyInfo property, ScalarKind kind, bool nullable, string description, bool isMoney)
    {
        Property = property;
        Name = Naming.CamelCase(property.Name);
        Kind = kind;
        Nullable = nullable;
        Description = description;
        IsMoney = isMoney;
        ValueType = System.Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        Getter = Accessors.Getter(property);
    }

    public PropertyInfo Property { get; }
    public string Name { get; }
    public ScalarKind Kind { get; }
    public bool Nullable { get; }
    public string Description { get; }
    public bool IsMoney { get; }

    /// <summary>The CLR type without Nullable&lt;&gt;.</summary>
    public Type ValueType { get; }

    /// <summary>Compiled once: reads the property of an entity without reflection.</summary>
    public Func<object, object?> Getter { get; }

    /// <summary>SQLite compares these kinds in SQL; date-times with offsets it cannot.</summary>
    public bool Filterable => Kind != ScalarKind.DateTime;

    public bool Sortable => Kind != ScalarKind.DateTime;
}
