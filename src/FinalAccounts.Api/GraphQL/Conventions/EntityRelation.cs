using System.Reflection;

namespace FinalAccounts.Api.GraphQL.Conventions;

/// <summary>
/// A link from one entity to another: the rows of <see cref="Target"/> whose <see cref="TargetMatch"/>
/// equals this row's <see cref="SourceKey"/>. To-one links pick the single match, to-many links all of them.
/// </summary>
public sealed class EntityRelation
{
    internal EntityRelation(string name, Type targetType, bool isCollection, PropertyInfo? navigation,
        PropertyInfo sourceKey, PropertyInfo targetMatch, string? description)
    {
        Name = name;
        TargetType = targetType;
        IsCollection = isCollection;
        Navigation = navigation;
        SourceKey = sourceKey;
        TargetMatch = targetMatch;
        ExplicitDescription = description;
        SourceKeyGetter = Accessors.Getter(sourceKey);
        TargetMatchGetter = Accessors.Getter(targetMatch);
    }

    public string Name { get; }
    public Type TargetType { get; }
    public bool IsCollection { get; }

    /// <summary>The EF navigation, when the model has one; relations without one are read-only links (no filter, no sort).</summary>
    public PropertyInfo? Navigation { get; }

    public PropertyInfo SourceKey { get; }
    public PropertyInfo TargetMatch { get; }
    public Func<object, object?> SourceKeyGetter { get; }
    public Func<object, object?> TargetMatchGetter { get; }
    internal string? ExplicitDescription { get; }

    /// <summary>Set once the catalog has every entity.</summary>
    public EntityMetadata Target { get; internal set; } = null!;

    public string Description { get; internal set; } = "";

    /// <summary>Only relations through an EF navigation translate into SQL filters and sorts.</summary>
    public bool Filterable => Navigation is not null;
}
