using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using FinalAccounts.Data.Storage;
using Microsoft.EntityFrameworkCore;

namespace FinalAccounts.Api.GraphQL.Conventions;

/// <summary>
/// <see cref="CompiledLookups{T, TKey}"/> reading only some columns (<see cref="RowProjection"/>): compiled once per
/// column and set of columns. Selections are many, so the cache holds a bounded number; beyond it, null.
/// </summary>
public sealed class ProjectedLookups<T, TKey> where T : class
{
    private const int Capacity = 512;
    private static readonly ConcurrentDictionary<(PropertyInfo, string), ProjectedLookups<T, TKey>> Cache = new();
    private static readonly MethodInfo SetMethod = typeof(DbContext).GetMethod(nameof(DbContext.Set), Type.EmptyTypes)!.MakeGenericMethod(typeof(T));

    private ProjectedLookups(PropertyInfo match, Expression<Func<T, T>> columns)
    {
        One = EF.CompileAsyncQuery(Build<TKey>(match, columns, (column, key) => Expression.Equal(column, key)));
        Many = EF.CompileAsyncQuery(Build<List<TKey>>(match, columns, (column, keys) =>
            Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(TKey)], keys, column)));
    }

    /// <summary>Rows whose column equals the key.</summary>
    public Func<SnapshotContext, TKey, IAsyncEnumerable<T>> One { get; }

    /// <summary>Rows whose column equals any of the keys.</summary>
    public Func<SnapshotContext, List<TKey>, IAsyncEnumerable<T>> Many { get; }

    public static ProjectedLookups<T, TKey>? For(PropertyInfo match, Expression<Func<T, T>> columns, string signature)
    {
        if (Cache.TryGetValue((match, signature), out var found)) return found;
        if (Cache.Count >= Capacity) return null;
        return Cache.GetOrAdd((match, signature), static (_, state) => new ProjectedLookups<T, TKey>(state.match, state.columns), (match, columns));
    }

    /// <summary>(db, key) => db.Set&lt;T&gt;().Where(x => matches(x.match, key)).Select(columns).</summary>
    private static Expression<Func<SnapshotContext, TArgument, IQueryable<T>>> Build<TArgument>(PropertyInfo match, Expression<Func<T, T>> columns,
        Func<Expression, Expression, Expression> matches)
    {
        var db = Expression.Parameter(typeof(SnapshotContext), "db");
        var key = Expression.Parameter(typeof(TArgument), "key");
        var row = Expression.Parameter(typeof(T), "x");
        Expression column = Expression.Property(row, match);
        if (column.Type != typeof(TKey)) column = Expression.Convert(column, typeof(TKey));
        Expression query = Expression.Call(typeof(Queryable), nameof(Queryable.Where), [typeof(T)],
            Expression.Call(db, SetMethod), Expression.Quote(Expression.Lambda<Func<T, bool>>(matches(column, key), row)));
        query = Expression.Call(typeof(Queryable), nameof(Queryable.Select), [typeof(T), typeof(T)], query, Expression.Quote(columns));
        return Expression.Lambda<Func<SnapshotContext, TArgument, IQueryable<T>>>(query, db, key);
    }
}
