using System.ComponentModel;
using System.Reflection;
using FinalAccounts.Data.Entities;
using FinalAccounts.Data.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace FinalAccounts.Api.GraphQL.Conventions;

/// <summary>
/// Every entity of the snapshot model, described once from reflection and EF metadata: scalar fields,
/// keys and relations. The schema, the filters, the sorts and the loaders are all generated from this.
/// </summary>
public sealed class EntityCatalog
{
    private static readonly Lazy<EntityCatalog> SharedCatalog = new(() => new EntityCatalog(LoadModel()));

    private readonly Dictionary<Type, EntityMetadata> _byType = new();
    private readonly Dictionary<string, EntityMetadata> _byName = new(StringComparer.Ordinal);

    /// <summary>The catalog of the snapshot model; built on first use and shared by every schema.</summary>
    public static EntityCatalog Shared => SharedCatalog.Value;

    public EntityCatalog(IModel model)
    {
        var entityTypes = model.GetEntityTypes().Where(e => !e.IsOwned()).OrderBy(e => e.ClrType.Name, StringComparer.Ordinal).ToList();
        foreach (var entityType in entityTypes)
        {
            var metadata = Describe(entityType, entityTypes);
            _byType.Add(metadata.ClrType, metadata);
            _byName.Add(metadata.TypeName, metadata);
        }
        foreach (var metadata in _byType.Values)
            foreach (var relation in metadata.Relations)
            {
                relation.Target = _byType[relation.TargetType];
                relation.Description = relation.ExplicitDescription ?? DescribeRelation(metadata, relation);
            }
    }

    public IEnumerable<EntityMetadata> Entities => _byType.Values;

    public EntityMetadata this[Type clrType] => _byType[clrType];

    public EntityMetadata For<T>() => _byType[typeof(T)];

    public EntityMetadata? FindByName(string typeName) => _byName.GetValueOrDefault(typeName);

    private static IModel LoadModel()
    {
        var options = new DbContextOptionsBuilder<SnapshotContext>().UseSqlite("Data Source=:memory:").Options;
        using var context = new SnapshotContext(options);
        return context.Model;
    }

    private static EntityMetadata Describe(IEntityType entityType, IReadOnlyList<IEntityType> all)
    {
        var clr = entityType.ClrType;
        var key = entityType.FindPrimaryKey()!.Properties[0].PropertyInfo!;
        var mapped = entityType.GetProperties().Where(p => p.PropertyInfo is not null)
            .ToDictionary(p => p.PropertyInfo!.Name, StringComparer.Ordinal);
        var relations = new List<EntityRelation>();
        var hiddenKeys = new HashSet<string>(StringComparer.Ordinal) { key.Name };
        if (key.PropertyType != typeof(string)) hiddenKeys.Remove(key.Name); // a year is a meaningful value, not an internal key

        foreach (var navigation in entityType.GetNavigations().OrderBy(n => n.PropertyInfo!.MetadataToken))
        {
            var fk = navigation.ForeignKey;
            var onDependent = navigation.IsOnDependent;
            var sourceKey = (onDependent ? fk.Properties[0] : fk.PrincipalKey.Properties[0]).PropertyInfo!;
            var targetMatch = (onDependent ? fk.PrincipalKey.Properties[0] : fk.Properties[0]).PropertyInfo!;
            if (onDependent && sourceKey.PropertyType == typeof(string)) hiddenKeys.Add(sourceKey.Name);
            relations.Add(new EntityRelation(Naming.CamelCase(navigation.Name), navigation.TargetEntityType.ClrType,
                navigation.IsCollection, navigation.PropertyInfo, sourceKey, targetMatch,
                navigation.PropertyInfo!.GetCustomAttribute<DescriptionAttribute>()?.Description));
        }

        // A key column without an EF navigation (e.g. the document of a division) still links to its row:
        // "DocumentId" names the entity whose name ends in "Document". Served as a read-only link.
        foreach (var property in mapped.Values.OrderBy(p => p.PropertyInfo!.MetadataToken))
        {
            var info = property.PropertyInfo!;
            if (info.PropertyType != typeof(string) || !info.Name.EndsWith("Id", StringComparison.Ordinal) || info.Name == "Id") continue;
            if (property.IsForeignKey()) continue;
            var stem = info.Name[..^2];
            var targets = all.Where(e => e.ClrType.Name.EndsWith(stem, StringComparison.Ordinal)).ToList();
            if (targets.Count != 1) continue;
            var name = Naming.CamelCase(stem);
            if (relations.Any(r => r.Name == name)) continue;
            hiddenKeys.Add(info.Name);
            var target = targets[0];
            relations.Add(new EntityRelation(name, target.ClrType, isCollection: false, navigation: null, info,
                target.FindPrimaryKey()!.Properties[0].PropertyInfo!, description: null));
        }

        var nullability = new NullabilityInfoContext();
        var scalars = new List<EntityScalar>();
        foreach (var info in clr.GetProperties(BindingFlags.Public | BindingFlags.Instance).OrderBy(p => p.MetadataToken))
        {
            if (!mapped.ContainsKey(info.Name) || hiddenKeys.Contains(info.Name)) continue;
            var kind = KindOf(info.PropertyType);
            if (kind is null) continue;
            var nullable = info.PropertyType.IsValueType
                ? Nullable.GetUnderlyingType(info.PropertyType) is not null
                : nullability.Create(info).ReadState != NullabilityState.NotNull;
            var isMoney = info.GetCustomAttribute<MoneyAttribute>() is not null;
            var description = info.GetCustomAttribute<DescriptionAttribute>()?.Description ?? Naming.Words(info.Name) + ".";
            if (isMoney && !description.Contains("万元", StringComparison.Ordinal)) description += " In 万元.";
            scalars.Add(new EntityScalar(info, kind.Value, nullable, description, isMoney));
        }

        var typeDescription = clr.GetCustomAttribute<DescriptionAttribute>()?.Description ?? Naming.Words(clr.Name) + ".";
        return new EntityMetadata(clr, typeDescription, key, scalars, relations);
    }

    private static ScalarKind? KindOf(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        if (t.IsEnum) return ScalarKind.Enum;
        if (t == typeof(string)) return ScalarKind.String;
        if (t == typeof(int)) return ScalarKind.Int;
        if (t == typeof(long)) return ScalarKind.Long;
        if (t == typeof(decimal)) return ScalarKind.Decimal;
        if (t == typeof(double) || t == typeof(float)) return ScalarKind.Float;
        if (t == typeof(bool)) return ScalarKind.Boolean;
        if (t == typeof(DateTimeOffset) || t == typeof(DateTime)) return ScalarKind.DateTime;
        return null;
    }

    private static string DescribeRelation(EntityMetadata source, EntityRelation relation)
    {
        var target = Naming.Words(relation.Target.TypeName);
        var owner = Naming.Words(source.TypeName);
        var about = Lower(FirstSentence(relation.Target.Description));
        if (relation.IsCollection)
            return $"The {Plural(target)} of this {owner}: {about} Filtered by `where`, sorted by `order` and then by key.";
        var link = relation.Filterable ? "" : " A link only: it cannot be filtered or sorted on.";
        return $"The {target} of this {owner}: {about}{link}";
    }

    /// <summary>"A budget unit" → "a budget unit", for text after a colon; acronyms stay.</summary>
    private static string Lower(string text) =>
        text.Length > 1 && char.IsUpper(text[0]) && !char.IsUpper(text[1]) ? char.ToLowerInvariant(text[0]) + text[1..] : text;

    private static string FirstSentence(string text)
    {
        var end = text.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? text : text[..(end + 1)];
    }

    internal static string Plural(string words) =>
        words.EndsWith('y') && !words.EndsWith("ey", StringComparison.Ordinal) ? words[..^1] + "ies"
        : words.EndsWith('s') ? words + "es" : words + "s";
}
