using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using FinalAccounts.Data.Storage;
using Microsoft.EntityFrameworkCore;

namespace FinalAccounts.Api.GraphQL.Conventions;

/// <summary>
/// Compiled EF queries for the hot path of batches: rows of <typeparamref name="T"/> whose column equals
/// one key or any of several (lookups by id, or the children of parents), whole rows, optionally ordered by the
/// row's key. Compiled once per column, so a request pays neither the LINQ translation nor the query-cache lookup.
/// Rows read with only some columns are written as SQL directly (<see cref="Sql.SqlQuery{T}"/>).
/// </summary>
public sealed class CompiledLookups<T, TKey> where T : class
{
    private static readonly ConcurrentDictionary<(PropertyInfo, PropertyInfo?), CompiledLookups<T, TKey>> Cache = new();
    private static readonly MethodInfo SetMethod = typeof(DbContext).GetMethod(nameof(DbContext.Set), Type.EmptyTypes)!.MakeGenericMethod(typeof(T));

    private CompiledLookups(PropertyInfo match, PropertyInfo? orderBy)
    {
        One = EF.CompileAsyncQuery(Build<TKey>(match, orderBy, (column, key) => Expression.Equal(column, key)));
        Many = EF.CompileAsyncQuery(Build<List<TKey>>(match, orderBy, (column, keys) =>
            Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(TKey)], keys, column)));
    }

    /// <summary>Rows whose column equals the key.</summary>
    public Func<SnapshotContext, TKey, IAsyncEnumerable<T>> One { get; }

    /// <summary>Rows whose column equals any of the keys: <c>IN (SELECT value FROM json_each(@keys))</c>, one statement for any number of keys.</summary>
    public Func<SnapshotContext, List<TKey>, IAsyncEnumerable<T>> Many { get; }

    public static CompiledLookups<T, TKey> For(PropertyInfo match, PropertyInfo? orderBy = null) =>
        Cache.GetOrAdd((match, orderBy), static k => new CompiledLookups<T, TKey>(k.Item1, k.Item2));

    /// <summary>(db, key) => db.Set&lt;T&gt;().Where(x => matches(x.match, key)) [.OrderBy(x => x.orderBy)].</summary>
    private static Expression<Func<SnapshotContext, TArgument, IQueryable<T>>> Build<TArgument>(PropertyInfo match, PropertyInfo? orderBy,
        Func<Expression, Expression, Expression> matches)
    {
        var db = Expression.Parameter(typeof(SnapshotContext), "db");
        var key = Expression.Parameter(typeof(TArgument), "key");
        var row = Expression.Parameter(typeof(T), "x");
        Expression column = Expression.Property(row, match);
        if (column.Type != typeof(TKey)) column = Expression.Convert(column, typeof(TKey));
        Expression query = Expression.Call(typeof(Queryable), nameof(Queryable.Where), [typeof(T)],
            Expression.Call(db, SetMethod), Expression.Quote(Expression.Lambda<Func<T, bool>>(matches(column, key), row)));
        if (orderBy is not null)
            query = Expression.Call(typeof(Queryable), nameof(Queryable.OrderBy), [typeof(T), orderBy.PropertyType],
                query, Expression.Quote(Expression.Lambda(Expression.Property(row, orderBy), row)));
        return Expression.Lambda<Func<SnapshotContext, TArgument, IQueryable<T>>>(query, db, key);
    }
}
