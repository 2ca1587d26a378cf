using FinalAccounts.Api.GraphQL.Conventions;
using GraphQL.Types;

namespace FinalAccounts.Api.GraphQL;

/// <summary>The query root: each feature adds its lists and lookups; there is no mutation type.</summary>
public sealed class QueryType : ObjectGraphType
{
    public QueryType(ConventionTypes types, IEnumerable<IQueryFields> features)
    {
        Name = "Query";
        Description = "Entry points into the snapshot: every list is filtered (`where`), sorted (`order`) and paged (Relay cursors) in SQL.";
        foreach (var feature in features)
            feature.AddTo(this, types);
    }
}
