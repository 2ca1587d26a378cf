using System.Reflection;

namespace FinalAccounts.Api.GraphQL.Conventions;

/// <summary>What the schema needs to know about one entity, read once from its CLR type and the EF model.</summary>
public sealed class EntityMetadata
{
    internal EntityMetadata(Type clrType, string description, PropertyInfo key,
        IReadOnlyList<EntityScalar> scalars, IReadOnlyList<EntityRelation> relations)
    {
        ClrType = clrType;
        TypeName = clrType.Name;
        Description = description;
        Key = key;
        KeyGetter = Accessors.Getter(key);
        Scalars = scalars;
        Relations = relations;
    }

    public Type ClrType { get; }

    /// <summary>The GraphQL type name, also the prefix of global ids.</summary>
    public string TypeName { get; }

    public string Description { get; }

    /// <summary>The primary key: a string, or the year of a fiscal year.</summary>
    public PropertyInfo Key { get; }

    public Type KeyType => Key.PropertyType;

    public string KeyDescription =>
        Key.GetCustomAttribute<System.ComponentModel.DescriptionAttribute>()?.Description ?? "The row's key.";
    public Func<object, object?> KeyGetter { get; }
    public IReadOnlyList<EntityScalar> Scalars { get; }
    public IReadOnlyList<EntityRelation> Relations { get; }

    public EntityScalar? FindScalar(string name)
    {
        foreach (var scalar in Scalars)
            if (scalar.Name == name) return scalar;
        return null;
    }

    public EntityRelation? FindRelation(string name)
    {
        foreach (var relation in Relations)
            if (relation.Name == name) return relation;
        return null;
    }

    /// <summary>The key as it appears in a global id.</summary>
    public string FormatKey(object entity) => KeyGetter(entity) switch
    {
        string s => s,
        int i => i.ToString(System.Globalization.CultureInfo.InvariantCulture),
        var other => Convert.ToString(other, System.Globalization.CultureInfo.InvariantCulture) ?? "",
    };

    /// <summary>The raw key of a global id, typed as the key property; null when it does not parse.</summary>
    public object? ParseKey(string raw)
    {
        if (KeyType == typeof(string)) return raw;
        if (KeyType == typeof(int))
            return int.TryParse(raw, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var i) ? i : null;
        return null;
    }
}
