using FinalAccounts.Api.GraphQL.Conventions;
using FinalAccounts.Data.Entities;
using GraphQL;
using GraphQL.Types;
using static FinalAccounts.Api.GraphQL.Conventions.Fields;

namespace FinalAccounts.Api.GraphQL.Search;

/// <summary>A search hit: one matching text, the entity it belongs to (through the per-request batches) and a highlighted snippet.</summary>
public sealed class SearchHitType : ObjectGraphType<SearchHit>
{
    public SearchHitType(ConventionTypes types, SearchHitKindType kind, SearchSnippetPartType snippetPart)
    {
        Name = "SearchHit";
        Description = "One published text that contains the query: which field of which entity it is, that entity, and an excerpt with the matches highlighted. An entity whose several texts match is a hit per text.";
        var scalars = types.Scalars;
        var unit = types.Catalog.For<Unit>();

        AddField(Output("kind", NonNull(kind), "The kind of entity the text belongs to.",
            new SourceResolver(hit => ((SearchHit)hit).Field.Entity)));
        AddField(Output("field", NonNull(scalars.String), "The field of `node` that holds the text, as named in the schema (e.g. `name`, `reason`, `initialGoal`).",
            new SourceResolver(hit => Naming.CamelCase(((SearchHit)hit).Field.Property))));
        AddField(Output("nodeId", NonNull(scalars.Id), "Global id of the entity the text belongs to: `node(id)` returns it. (Not called `id`: two hits can belong to one entity.)",
            new SourceResolver(hit => GlobalId.Format(types.Catalog[((SearchHit)hit).Field.Entity].TypeName, ((SearchHit)hit).EntityKey))));
        AddField(Output("node", NonNull(types.Node), "The entity the text belongs to, loaded with every other of its type on the page in one statement.",
            new AsyncResolver(context =>
            {
                var hit = (SearchHit)context.Source!;
                return new ValueTask<object?>(types.Lookup(types.Catalog[hit.Field.Entity]).Request(hit.EntityKey, context));
            })));
        AddField(Output("unit", types.Object(unit), "The budget unit the text is about (for a unit, the unit itself); null for a data-quality finding on a document that named none.",
            new AsyncResolver(context =>
            {
                if (((SearchHit)context.Source!).UnitId is not { } unitId) return default;
                return new ValueTask<object?>(types.Lookup(unit).Request(unitId, context));
            })));
        AddField(Output("year", scalars.Int, "Fiscal year of the final account the text comes from; null for texts of a unit (name, purpose, duties, divisions), which hold across years.",
            new SourceResolver(hit => ((SearchHit)hit).Year)));
        AddField(Output("text", NonNull(scalars.String), "The whole text, as published.",
            new SourceResolver(hit => ((SearchHit)hit).Text)));
        AddField(Output("snippet", NonNull(ListOfNonNull(snippetPart)),
            $"An excerpt of the text as pieces, every occurrence of the query a highlighted piece: the whole text when it has at most {Snippet.MaxLength} characters, else {Snippet.MaxLength} characters from a little before the first match, with \"…\" where cut.",
            new SourceResolver(hit => ((SearchHit)hit).Snippet)));
    }
}
