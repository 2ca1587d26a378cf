using System.Linq.Expressions;
using System.Reflection;

namespace FinalAccounts.Api.GraphQL.Conventions;

/// <summary>Compiled property getters, built once per property so resolvers never use reflection.</summary>
public static class Accessors
{
    public static Func<object, object?> Getter(PropertyInfo property)
    {
        var instance = Expression.Parameter(typeof(object), "entity");
        var body = Expression.Convert(
            Expression.Property(Expression.Convert(instance, property.DeclaringType!), property),
            typeof(object));
        return Expression.Lambda<Func<object, object?>>(body, instance).Compile();
    }
}
