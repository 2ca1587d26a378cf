using System.Linq.Expressions;
using FinalAccounts.Api.GraphQL.Conventions;
using FinalAccounts.Data.Storage;
using FinalAccounts.Ingest.Snapshot;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace FinalAccounts.Api.GraphQL.Search;

/// <summary>
/// A page of search hits. Hits come in index-position order, which is their rank, so a page is the
/// next few positions after the cursor that match: one statement per position range (one without a
/// kind filter), each read straight off the FTS5 index, however many texts match and however deep the page.
/// </summary>
public sealed class SearchSlice(SnapshotContext db, SearchTerms terms, IReadOnlyList<SearchRange> ranges, int size, long? after) : ConnectionSlice
{
    /// <summary>The one sort key of a search: the position. Cursors are keyset cursors over it.</summary>
    public static readonly SortKey PositionKey = new(Expression.Constant(0L), ScalarKind.Long, typeof(long), Nullable: false, Descending: false,
        Read: hit => ((SearchHit)hit).Position);

    // The statements per index table; the query text only ever reaches SQLite as the $match parameter.
    private static readonly Dictionary<string, string> PageStatements = new[] { SearchIndex.TrigramTable, SearchIndex.CharacterTable }.ToDictionary(t => t, t => $"""
        SELECT t.position AS Position, t.entity_key AS EntityKey, t.unit_id AS UnitId, t.year AS Year, t.text AS Text
        FROM {t} JOIN {SearchIndex.TextTable} AS t ON t.position = {t}.rowid
        WHERE {t} MATCH $match AND {t}.rowid BETWEEN $from AND $to
        ORDER BY {t}.rowid
        LIMIT $limit
        """);

    private static readonly Dictionary<string, string> CountStatements = new[] { SearchIndex.TrigramTable, SearchIndex.CharacterTable }.ToDictionary(t => t, t =>
        $"SELECT count(*) AS Value FROM {t} WHERE {t} MATCH $match AND rowid BETWEEN $from AND $to");

    private ConnectionPage? _page;

    public override async ValueTask<ConnectionPage> PageAsync(CancellationToken cancellationToken) =>
        _page ??= await FetchAsync(cancellationToken);

    public override async Task<int> CountAsync(CancellationToken cancellationToken)
    {
        var count = 0;
        foreach (var range in ranges)
            count += await Guard(() => db.Database.SqlQueryRaw<int>(CountStatements[terms.Table], Parameters(range.From, range.To))
                .SingleAsync(cancellationToken));
        return count;
    }

    private async Task<ConnectionPage> FetchAsync(CancellationToken cancellationToken)
    {
        var hits = new List<object>(size + 1);
        foreach (var range in ranges)
        {
            var from = after is { } a ? Math.Max(range.From, a + 1) : range.From;
            if (from > range.To) continue;
            var rows = await Guard(() => db.Database.SqlQueryRaw<SearchRow>(PageStatements[terms.Table],
                [.. Parameters(from, range.To), new SqliteParameter("$limit", size + 1 - hits.Count)]).ToListAsync(cancellationToken));
            foreach (var row in rows)
                hits.Add(new SearchHit(SearchIndex.FieldAt(row.Position)!, row.Position, row.EntityKey, row.UnitId, row.Year, row.Text, terms.Text));
            if (hits.Count > size) break;
        }

        var hasMore = hits.Count > size;
        if (hasMore) hits.RemoveAt(size);
        return new ConnectionPage(hits, [PositionKey], keyValues: null, hasNextPage: hasMore, hasPreviousPage: after is not null);
    }

    private object[] Parameters(long from, long to) =>
        [new SqliteParameter("$match", terms.Match), new SqliteParameter("$from", from), new SqliteParameter("$to", to)];

    /// <summary>A snapshot built before search existed has no index tables: say so instead of failing on SQL.</summary>
    private static async Task<T> Guard<T>(Func<Task<T>> run)
    {
        try
        {
            return await run();
        }
        catch (SqliteException e) when (e.SqliteErrorCode == 1 && e.Message.Contains("no such table", StringComparison.Ordinal))
        {
            throw SearchErrors.Missing();
        }
    }
}
