using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using FinalAccounts.Data.Storage;
using Microsoft.EntityFrameworkCore;

namespace FinalAccounts.Api.GraphQL.Conventions;

/// <summary>
/// Compiled EF queries for the hot path of batches: rows of <typeparamref name="T"/> whose column equals
/// one key (a lookup by id, or the children of a single parent), optionally ordered by the row's key.
/// Compiled once per column. Batches of several keys use <see cref="KeyMatch"/>, one JSON parameter.
/// </summary>
public sealed class CompiledLookups<T, TKey> where T : class
{
    private static readonly ConcurrentDictionary<(PropertyInfo, PropertyInfo?), CompiledLookups<T, TKey>> Cache = new();
    private static readonly MethodInfo SetMethod = typeof(DbContext).GetMethod(nameof(DbContext.Set), Type.EmptyTypes)!.MakeGenericMethod(typeof(T));

    private CompiledLookups(PropertyInfo match, PropertyInfo? orderBy)
    {
        One = EF.CompileAsyncQuery(Build(match, orderBy));
    }

    /// <summary>Rows whose column equals the key.</summary>
    public Func<SnapshotContext, TKey, IAsyncEnumerable<T>> One { get; }

    public static CompiledLookups<T, TKey> For(PropertyInfo match, PropertyInfo? orderBy = null) =>
        Cache.GetOrAdd((match, orderBy), static k => new CompiledLookups<T, TKey>(k.Item1, k.Item2));

    /// <summary>(db, key) => db.Set&lt;T&gt;().Where(x => x.match == key) [.OrderBy(x => x.orderBy)].</summary>
    private static Expression<Func<SnapshotContext, TKey, IQueryable<T>>> Build(PropertyInfo match, PropertyInfo? orderBy)
    {
        var db = Expression.Parameter(typeof(SnapshotContext), "db");
        var key = Expression.Parameter(typeof(TKey), "key");
        var row = Expression.Parameter(typeof(T), "x");
        Expression column = Expression.Property(row, match);
        if (column.Type != typeof(TKey)) column = Expression.Convert(column, typeof(TKey));
        Expression query = Expression.Call(typeof(Queryable), nameof(Queryable.Where), [typeof(T)],
            Expression.Call(db, SetMethod), Expression.Quote(Expression.Lambda<Func<T, bool>>(Expression.Equal(column, key), row)));
        if (orderBy is not null)
            query = Expression.Call(typeof(Queryable), nameof(Queryable.OrderBy), [typeof(T), orderBy.PropertyType],
                query, Expression.Quote(Expression.Lambda(Expression.Property(row, orderBy), row)));
        return Expression.Lambda<Func<SnapshotContext, TKey, IQueryable<T>>>(query, db, key);
    }
}
