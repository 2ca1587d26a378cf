using FinalAccounts.Api.GraphQL.Conventions;
using FinalAccounts.Data.Entities;
using GraphQL.Types;

namespace FinalAccounts.Api.GraphQL.Sources;

/// <summary>The published reports the snapshot was built from.</summary>
public sealed class SourceDocumentQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query, ConventionTypes types) =>
        query.AddField(types.ConnectionField<SourceDocument>("sourceDocuments",
            "The published reports the snapshot was built from: file name, SHA-256, kind, unit, year and what was extracted."));
}
