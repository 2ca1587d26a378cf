using System.Linq.Expressions;
using System.Reflection;
using FinalAccounts.Api.GraphQL.Conventions.Sql;
using Microsoft.EntityFrameworkCore;

namespace FinalAccounts.Api.GraphQL.Conventions;

/// <summary>
/// The children of many parents in one statement: rows of <typeparamref name="T"/> whose column matches
/// any parent key, filtered and sorted as the field asks, then split by parent in order and cut to the
/// first `limit` rows of each, reading the columns the selection needs. The statement is written directly
/// (<see cref="SqlQuery{T}"/>) when its columns are known and its filter and sort stay on the row; a list whose columns
/// cannot be told, without `where` and `order`, is a compiled query; anything else EF Core translates.
/// </summary>
public sealed class ListBatch<T, TKey>(RequestBatches batches, EntityMetadata entity, PropertyInfo match, Func<object, object?> read,
    Expression<Func<T, bool>>? filter, SortSpec<T> sort, int? limit = null, Expression<Func<T, T>>? columns = null) : Batch<TKey, IReadOnlyList<T>>
    where T : class
    where TKey : notnull
{
    protected override IReadOnlyList<T> Missing => [];

    protected override async Task LoadAsync(IReadOnlyList<TKey> keys, Dictionary<TKey, IReadOnlyList<T>> results, CancellationToken cancellationToken)
    {
        var list = keys as List<TKey> ?? [.. keys];
        IAsyncEnumerable<T> rows;
        if (batches.Direct && await DirectAsync(list, cancellationToken) is { } written)
            rows = written.ToAsyncEnumerable();
        else if (filter is null && sort.IsDefault && columns is null)
        {
            var compiled = CompiledLookups<T, TKey>.For(match, entity.Key);
            rows = list.Count == 1 ? compiled.One(batches.Db, list[0]) : compiled.Many(batches.Db, list);
        }
        else
        {
            var query = batches.Db.Set<T>().Where(KeyMatch.Any<T, TKey>(match, list));
            if (filter is not null) query = query.Where(filter);
            query = sort.Apply(query, reverse: false);
            // Only the columns the field's selection needs (RowProjection), when it can tell.
            if (columns is not null) query = query.Select(columns);
            rows = query.AsAsyncEnumerable();
        }

        var groups = new Dictionary<TKey, List<T>>();
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            if (read(row) is not TKey key) continue;
            if (!groups.TryGetValue(key, out var children)) groups.Add(key, children = []);
            children.Add(row);
        }
        foreach (var (key, children) in groups)
        {
            // Lists per parent are short (a report's categories, projects, indicators), so the cut happens here
            // rather than in SQL, where a limit per parent would need a window function.
            if (limit is { } n && children.Count > n) children.RemoveRange(n, children.Count - n);
            results.TryAdd(key, children);
        }
    }

    /// <summary>The children of every key, by a statement written here, or null when it cannot be.</summary>
    private async Task<List<T>?> DirectAsync(List<TKey> keys, CancellationToken cancellationToken)
    {
        if (SqlQuery<T>.Select(batches.Db, columns) is not { } query) return null;
        if (!query.WhereIn(match, keys) || !query.Where(filter) || !query.OrderBy(sort, reverse: false)) return null;
        return await query.ListAsync(cancellationToken);
    }
}
