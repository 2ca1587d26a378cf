using System.Linq.Expressions;
using FinalAccounts.Api.GraphQL.Conventions.Sql;
using FinalAccounts.Data.Storage;
using Microsoft.EntityFrameworkCore;

namespace FinalAccounts.Api.GraphQL.Conventions;

/// <summary>
/// A page of entities: filtered, sorted and cut by keyset cursors in one SQL statement, reading the columns the query
/// needs. The statement is written directly (<see cref="SqlQuery{T}"/>) when every part stays on the row's own
/// columns, else translated by EF Core from the same parts.
/// </summary>
public sealed class EntitySlice<T>(SnapshotContext db, Expression<Func<T, bool>>? filter, SortSpec<T> sort, PagingArguments paging,
    object?[]? after, object?[]? before, Expression<Func<T, T>>? columns = null, bool direct = true) : ConnectionSlice
    where T : class
{
    private ConnectionPage? _page;

    public override async ValueTask<ConnectionPage> PageAsync(CancellationToken cancellationToken) =>
        _page ??= await FetchAsync(cancellationToken);

    public override Task<int> CountAsync(CancellationToken cancellationToken)
    {
        if (direct && SqlQuery<T>.Count(db) is { } count && count.Where(filter)) return count.CountAsync(cancellationToken);
        return Filtered().CountAsync(cancellationToken);
    }

    private IQueryable<T> Filtered() => filter is null ? db.Set<T>() : db.Set<T>().Where(filter);

    /// <summary>The page's rows (size + 1, to tell whether more follow) by a statement written here, or null when it cannot be.</summary>
    private async Task<List<T>?> DirectAsync(int size, bool forward, CancellationToken cancellationToken)
    {
        if (!direct || sort.NeedsProjection || SqlQuery<T>.Select(db, columns) is not { } query) return null;
        if (!query.Where(filter)) return null;
        if (after is not null && !query.Where(KeysetPredicate.Beyond(sort, after, reversed: false))) return null;
        if (before is not null && !query.Where(KeysetPredicate.Beyond(sort, before, reversed: true))) return null;
        if (!query.OrderBy(sort, reverse: !forward)) return null;
        query.Limit(size + 1);
        return await query.ListAsync(cancellationToken);
    }

    private async Task<ConnectionPage> FetchAsync(CancellationToken cancellationToken)
    {
        var forward = paging.Forward;
        var size = paging.Size;
        if (await DirectAsync(size, forward, cancellationToken) is { } written)
            return Page(written.ConvertAll(static row => (object)row), null, size, forward);

        var query = Filtered();
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

        return Page(rows, keyValues, size, forward);
    }

    private ConnectionPage Page(List<object> rows, List<object?[]>? keyValues, int size, bool forward)
    {
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
