using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace FinalAccounts.Api.GraphQL.Conventions;

/// <summary>A page of entities: filtered, sorted and cut by keyset cursors in one SQL statement, reading the columns the query needs.</summary>
public sealed class EntitySlice<T>(IQueryable<T> filtered, SortSpec<T> sort, PagingArguments paging, object?[]? after, object?[]? before,
    Expression<Func<T, T>>? columns = null) : ConnectionSlice
    where T : class
{
    private ConnectionPage? _page;

    public override async ValueTask<ConnectionPage> PageAsync(CancellationToken cancellationToken) =>
        _page ??= await FetchAsync(cancellationToken);

    public override Task<int> CountAsync(CancellationToken cancellationToken) => filtered.CountAsync(cancellationToken);

    private async Task<ConnectionPage> FetchAsync(CancellationToken cancellationToken)
    {
        var forward = paging.Forward;
        var size = paging.Size;
        var query = filtered;
        if (after is not null)
            query = query.Where(KeysetPredicate.Beyond(sort, after, reversed: false));
        if (before is not null)
            query = query.Where(KeysetPredicate.Beyond(sort, before, reversed: true));
        query = Take(sort.Apply(query, reverse: !forward), size + 1);

        var rows = new List<object>(size + 1);
        List<object?[]>? keyValues = null;
        if (sort.NeedsProjection)
        {
            // Keys through relations are selected by the same statement; keys on the row are read from it.
            keyValues = new List<object?[]>(size + 1);
            foreach (var keyed in await query.Select(Projection()).ToListAsync(cancellationToken))
            {
                rows.Add(keyed.Row);
                keyValues.Add(keyed.Keys);
            }
        }
        else
        {
            // Only the columns the selection needs (RowProjection), when it can tell.
            if (columns is not null) query = query.Select(columns);
            foreach (var row in await query.ToListAsync(cancellationToken))
                rows.Add(row);
        }

        var hasMore = rows.Count > size;
        if (hasMore)
        {
            rows.RemoveAt(size);
            keyValues?.RemoveAt(size);
        }
        if (!forward)
        {
            rows.Reverse();
            keyValues?.Reverse();
        }

        return forward
            ? new ConnectionPage(rows, sort.Keys, keyValues, hasNextPage: hasMore || paging.Before is not null, hasPreviousPage: paging.After is not null)
            : new ConnectionPage(rows, sort.Keys, keyValues, hasNextPage: paging.Before is not null, hasPreviousPage: hasMore || paging.After is not null);
    }

    /// <summary>x => new KeyedRow&lt;T&gt;(x, new object[] { key1, key2, ... }).</summary>
    private Expression<Func<T, KeyedRow<T>>> Projection()
    {
        var keys = sort.Keys.Select(k => (Expression)Expression.Convert(k.Path, typeof(object)));
        var constructor = typeof(KeyedRow<T>).GetConstructors()[0];
        return Expression.Lambda<Func<T, KeyedRow<T>>>(
            Expression.New(constructor, sort.Row, Expression.NewArrayInit(typeof(object), keys)), sort.Row);
    }

    /// <summary>Take with the count as a parameter, so every page size shares one cached query.</summary>
    private static IQueryable<T> Take(IQueryable<T> query, int count) =>
        query.Provider.CreateQuery<T>(Expression.Call(typeof(Queryable), nameof(Queryable.Take), [typeof(T)], query.Expression, Parameter.Of(count)));
}
