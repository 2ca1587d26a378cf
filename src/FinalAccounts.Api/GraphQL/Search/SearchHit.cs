using FinalAccounts.Ingest.Snapshot;

namespace FinalAccounts.Api.GraphQL.Search;

/// <summary>One text that matched a query: which field of which entity, where it ranks, and the text itself.</summary>
public sealed class SearchHit(SearchIndex.Field indexField, long position, string entityKey, string? unitId, int? year, string text, string query)
{
    private IReadOnlyList<SnippetPart>? _snippet;

    public SearchIndex.Field Field => indexField;

    /// <summary>The text's position in the index: its rank, and the value of its cursor.</summary>
    public long Position => position;

    public string EntityKey => entityKey;

    public string? UnitId => unitId;

    public int? Year => year;

    public string Text => text;

    /// <summary>The excerpt around the match, built on first read.</summary>
    public IReadOnlyList<SnippetPart> Snippet => _snippet ??= Search.Snippet.Of(text, query);
}
