using GraphQL.Types;

namespace FinalAccounts.Api.GraphQL.Conventions;

/// <summary>A feature's root fields: each feature folder adds its lists and lookups to the query root.</summary>
public interface IQueryFields
{
    void AddTo(ObjectGraphType query, ConventionTypes types);
}
