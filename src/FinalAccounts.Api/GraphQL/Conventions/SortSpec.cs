using System.Linq.Expressions;
using System.Reflection;

namespace FinalAccounts.Api.GraphQL.Conventions;

/// <summary>The sort of a list: the requested keys, then the row's key, over one row parameter.</summary>
public sealed class SortSpec<T>
{
    private static readonly MethodInfo OrderByMethod = QueryableMethod(nameof(Queryable.OrderBy));
    private static readonly MethodInfo OrderByDescendingMethod = QueryableMethod(nameof(Queryable.OrderByDescending));
    private static readonly MethodInfo ThenByMethod = QueryableMethod(nameof(Queryable.ThenBy));
    private static readonly MethodInfo ThenByDescendingMethod = QueryableMethod(nameof(Queryable.ThenByDescending));

    public SortSpec(ParameterExpression row, IReadOnlyList<SortKey> keys, bool isDefault)
    {
        Row = row;
        Keys = keys;
        IsDefault = isDefault;
        NeedsProjection = keys.Any(k => k.Read is null);
    }

    public ParameterExpression Row { get; }
    public IReadOnlyList<SortKey> Keys { get; }

    /// <summary>No `order` was given: the rows sort by their key alone.</summary>
    public bool IsDefault { get; }

    /// <summary>Whether some key runs through a relation and must be selected beside the row.</summary>
    public bool NeedsProjection { get; }

    public IQueryable<T> Apply(IQueryable<T> query, bool reverse)
    {
        var expression = query.Expression;
        for (var i = 0; i < Keys.Count; i++)
        {
            var key = Keys[i];
            var descending = key.Descending ^ reverse;
            var method = i == 0
                ? (descending ? OrderByDescendingMethod : OrderByMethod)
                : (descending ? ThenByDescendingMethod : ThenByMethod);
            var lambda = Expression.Lambda(key.Path, Row);
            expression = Expression.Call(method.MakeGenericMethod(typeof(T), key.Path.Type), expression, Expression.Quote(lambda));
        }
        return query.Provider.CreateQuery<T>(expression);
    }

    private static MethodInfo QueryableMethod(string name) =>
        typeof(Queryable).GetMethods().Single(m => m.Name == name && m.GetParameters().Length == 2);
}
