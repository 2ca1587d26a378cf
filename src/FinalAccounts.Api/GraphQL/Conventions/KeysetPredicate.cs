using System.Linq.Expressions;
using System.Reflection;

namespace FinalAccounts.Api.GraphQL.Conventions;

/// <summary>
/// The rows strictly after a cursor in a sort order (or before it, in the reversed order), as one predicate:
/// (k1 beyond v1) OR (k1 = v1 AND k2 beyond v2) OR ... Missing values sort first, as SQLite sorts NULL.
/// </summary>
public static class KeysetPredicate
{
    private static readonly MethodInfo StringCompare = typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!;
    private static readonly Expression Zero = Expression.Constant(0);
    private static readonly Expression False = Expression.Constant(false);

    public static Expression<Func<T, bool>> Beyond<T>(SortSpec<T> sort, object?[] values, bool reversed)
    {
        Expression? result = null;
        Expression? equalSoFar = null;
        for (var i = 0; i < sort.Keys.Count; i++)
        {
            var key = sort.Keys[i];
            var beyond = key.Descending ^ reversed ? Less(key, values[i]) : Greater(key, values[i]);
            var term = equalSoFar is null ? beyond : Expression.AndAlso(equalSoFar, beyond);
            result = result is null ? term : Expression.OrElse(result, term);
            var equal = Equal(key, values[i]);
            equalSoFar = equalSoFar is null ? equal : Expression.AndAlso(equalSoFar, equal);
        }
        return Expression.Lambda<Func<T, bool>>(result ?? Expression.Constant(true), sort.Row);
    }

    private static Expression Equal(SortKey key, object? value) => value is null
        ? (key.Nullable ? Expression.Equal(key.Path, Expression.Constant(null, key.Path.Type)) : False)
        : Expression.Equal(key.Path, Parameter.Of(value, key.Path.Type));

    private static Expression Greater(SortKey key, object? value)
    {
        if (value is null)
            return key.Nullable ? Expression.NotEqual(key.Path, Expression.Constant(null, key.Path.Type)) : Expression.Constant(true);
        return Strict(key, value, greater: true);
    }

    private static Expression Less(SortKey key, object? value)
    {
        if (value is null) return False;
        var less = Strict(key, value, greater: false);
        return key.Nullable ? Expression.OrElse(Expression.Equal(key.Path, Expression.Constant(null, key.Path.Type)), less) : less;
    }

    /// <summary>key &gt; value (or &lt;) for a present value, per kind.</summary>
    private static Expression Strict(SortKey key, object value, bool greater)
    {
        switch (key.Kind)
        {
            case ScalarKind.String:
            {
                var compare = Expression.Call(StringCompare, key.Path, Parameter.Of((string)value));
                return greater ? Expression.GreaterThan(compare, Zero) : Expression.LessThan(compare, Zero);
            }
            case ScalarKind.Boolean:
            {
                // false < true: only true is greater than false, only false is less than true.
                var flag = (bool)value;
                if (greater == flag) return False;
                return Expression.Equal(key.Path, Expression.Constant(!flag, key.Path.Type));
            }
            case ScalarKind.Enum:
            {
                // Enums are stored and so sorted by name: the values whose names sort beyond this one.
                var name = value.ToString()!;
                var listType = typeof(List<>).MakeGenericType(key.Path.Type);
                var list = (System.Collections.IList)Activator.CreateInstance(listType)!;
                foreach (var candidate in Enum.GetValues(key.ValueType))
                {
                    var order = string.CompareOrdinal(candidate.ToString(), name);
                    if (greater ? order > 0 : order < 0) list.Add(candidate);
                }
                return Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [key.Path.Type], Parameter.Of(list, listType), key.Path);
            }
            default:
            {
                var parameter = Parameter.Of(value, key.Path.Type);
                return greater ? Expression.GreaterThan(key.Path, parameter) : Expression.LessThan(key.Path, parameter);
            }
        }
    }
}
