using FinalAccounts.Ingest.Snapshot;

namespace FinalAccounts.Api.GraphQL.Search;

/// <summary>One text that matched a query: which field of which entity, where it ranks, and the text itself.</summary>
public sealed record SearchHit(SearchIndex.Field Field, long Position, string EntityKey, string? UnitId, int? Year, string Text, string Query)
{
    private IReadOnlyList<SnippetPart>? _snippet;

    /// <summary>The excerpt around the match, built on first read.</summary>
    public IReadOnlyList<SnippetPart> Snippet => _snippet ??= Search.Snippet.Of(Text, Query);
}
