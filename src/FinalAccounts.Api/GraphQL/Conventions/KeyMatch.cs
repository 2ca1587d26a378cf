using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore;

namespace FinalAccounts.Api.GraphQL.Conventions;

/// <summary>
/// x => keys.Contains(x.Property): the WHERE ... IN (...) of a batch. The keys travel as one JSON parameter
/// (IN (SELECT value FROM json_each(@keys))), so the SQL is the same for any number of keys.
/// </summary>
public static class KeyMatch
{
    public static Expression<Func<T, bool>> Any<T, TKey>(PropertyInfo property, List<TKey> keys)
    {
        var row = Expression.Parameter(typeof(T), "x");
        Expression value = Expression.Property(row, property);
        if (value.Type != typeof(TKey)) value = Expression.Convert(value, typeof(TKey));
        var list = Expression.Call(typeof(EF), nameof(EF.Parameter), [typeof(List<TKey>)], Parameter.Of(keys));
        var body = Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(TKey)], list, value);
        return Expression.Lambda<Func<T, bool>>(body, row);
    }
}
