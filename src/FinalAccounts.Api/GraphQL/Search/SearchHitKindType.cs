using FinalAccounts.Api.GraphQL.Conventions;
using FinalAccounts.Ingest.Snapshot;
using GraphQL.Types;

namespace FinalAccounts.Api.GraphQL.Search;

/// <summary>
/// The kinds of entity a search hit belongs to, one per entity type with indexed texts, listed in
/// ranking order and generated from the index's fields so the schema says exactly what is searched.
/// </summary>
public sealed class SearchHitKindType : EnumerationGraphType
{
    public SearchHitKindType(EntityCatalog catalog)
    {
        Name = "SearchHitKind";
        Description = "The kind of entity a search hit belongs to, named after its type (UNIT_DUTY is a UnitDuty); each lists the fields whose texts are searched.";
        foreach (var fields in SearchIndex.Fields.GroupBy(f => f.Entity))
        {
            var entity = catalog[fields.Key];
            var names = fields.Select(f => $"`{entity.TypeName}.{Naming.CamelCase(f.Property)}`").ToList();
            var listed = names.Count == 1 ? names[0] : string.Join(", ", names[..^1]) + " or " + names[^1];
            Add(new EnumValueDefinition(Naming.ConstantCase(entity.TypeName), fields.Key) { Description = $"A match in {listed}." });
        }
    }

    /// <summary>The index fields of the kinds asked for, every field when none is given.</summary>
    public static IEnumerable<SearchIndex.Field> FieldsOf(IEnumerable<object?>? kinds)
    {
        if (kinds is null) return SearchIndex.Fields;
        var types = kinds.OfType<Type>().ToHashSet();
        return SearchIndex.Fields.Where(f => types.Contains(f.Entity));
    }
}
