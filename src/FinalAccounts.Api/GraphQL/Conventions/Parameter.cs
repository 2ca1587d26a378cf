using System.Collections.Concurrent;
using System.Linq.Expressions;

namespace FinalAccounts.Api.GraphQL.Conventions;

/// <summary>Builds parameter expressions for values known only at run time.</summary>
public static class Parameter
{
    private static readonly ConcurrentDictionary<Type, Func<object?, Expression>> Factories = new();

    public static Expression Of<T>(T value) =>
        Expression.Field(Expression.Constant(new ParameterBox<T>(value)), nameof(ParameterBox<T>.Value));

    /// <summary>A parameter of <paramref name="type"/>; <paramref name="value"/> must already be of that type.</summary>
    public static Expression Of(object? value, Type type) => Factories.GetOrAdd(type, Factory)(value);

    private static Func<object?, Expression> Factory(Type type)
    {
        var boxType = typeof(ParameterBox<>).MakeGenericType(type);
        var constructor = boxType.GetConstructor([type])!;
        var field = boxType.GetField(nameof(ParameterBox<object>.Value))!;
        var argument = Expression.Parameter(typeof(object), "value");
        var create = Expression.Lambda<Func<object?, object>>(
            Expression.New(constructor, Expression.Convert(argument, type)), argument).Compile();
        return value => Expression.Field(Expression.Constant(create(value), boxType), field);
    }
}
