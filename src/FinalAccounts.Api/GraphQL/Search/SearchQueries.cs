using FinalAccounts.Api.GraphQL.Conventions;
using FinalAccounts.Data.Storage;
using FinalAccounts.Ingest.Snapshot;
using GraphQL;
using GraphQL.Types;
using static FinalAccounts.Api.GraphQL.Conventions.Fields;

namespace FinalAccounts.Api.GraphQL.Search;

/// <summary>search(query): full-text search over the snapshot's published texts, ranked and paged by keyset cursors.</summary>
public sealed class SearchQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query, ConventionTypes types)
    {
        var kind = new SearchHitKindType(types.Catalog);
        var hit = new SearchHitType(types, kind, new SearchSnippetPartType(types.Scalars));
        var connection = new ConnectionType("search", hit, types)
        {
            Description = "A page of search hits, best first (Relay cursor connection).",
        };
        // The generic connection speaks of `where` and `before`; a search has neither.
        connection.GetField("totalCount")!.Description = "Number of hits in all, not just this page. Costs one COUNT per range of kinds, run only when asked for.";
        var edge = (IComplexGraphType)((ListGraphType)connection.GetField("edges")!.ResolvedType!).ResolvedType!.GetNamedType();
        edge.Description = "A search hit and its cursor.";
        edge.GetField("cursor")!.Description = "Opaque cursor of this hit: pass it as `after` to get the hits after it.";
        var arguments = new QueryArguments(
            Argument("query", NonNull(types.Scalars.String),
                $"The text to find, 1 to {SearchTerms.MaxLength} characters once leading and trailing spaces are dropped; searched literally, whatever characters it holds. Blank or longer is an error."),
            Argument("first", types.Scalars.Int, $"Returns the first n hits (default {PagingArguments.DefaultPageSize}, at most {PagingArguments.MaxPageSize}; more is an error)."),
            Argument("after", types.Scalars.String, "Returns the hits after this cursor (from a search with the same query)."),
            Argument("kinds", ListOfNonNull(kind), "Only hits of these kinds; all kinds when omitted, none for an empty list."));

        query.AddField(Output("search", connection,
            "Full-text search over the published texts: unit names, purposes and duties, divisions, performance projects' names and goals, procurement purposes, " +
            "performance conclusions, stated reasons (主要原因) of figures and expenditures, and data-quality findings. " +
            "A text matches when it contains the query literally once both are folded as reports are at ingest (full-width forms to ASCII, traditional characters to simplified) " +
            "and case is ignored: Chinese of any length, one character (医) and two (医疗) included. " +
            "Hits are ranked by where the text sits — names of units, projects and divisions first; then purposes, duties, goals and conclusions; " +
            "then stated reasons and findings — and within each field shorter texts first (the match is more of the text), then newer years. " +
            "The ranking is fixed when the snapshot is built, so every page costs what the first does. " +
            "An adjusted goal that repeats the initial goal is searched once, as the initial goal. No hit is an empty connection, not an error.",
            new AsyncResolver(context =>
            {
                var terms = SearchTerms.Parse(Arguments.Raw(context, "query") as string);
                var paging = PagingArguments.From(context);
                var after = paging.After is { } cursor ? Position(cursor) : (long?)null;
                var fields = SearchHitKindType.FieldsOf(Arguments.Raw(context, "kinds") as IEnumerable<object?>);
                var db = context.RequestServices!.GetRequiredService<SnapshotContext>();
                return new ValueTask<object?>(new SearchSlice(db, terms, SearchRange.Of(fields), paging.Size, after));
            }),
            arguments));
    }

    /// <summary>The index position in a search cursor; INVALID_CURSOR when it is not one.</summary>
    private static long Position(string cursor)
    {
        var position = KeysetCursor.Decode([SearchSlice.PositionKey], cursor)[0] as long?;
        return position is { } p && SearchIndex.FieldAt(p) is not null
            ? p
            : throw ApiError.Create(ApiError.InvalidCursor, $"`{cursor}` is not a cursor of a search.");
    }
}
