using GraphQL;
using GraphQL.Resolvers;

namespace FinalAccounts.Api.GraphQL.Conventions;

/// <summary>A resolver from a delegate over the whole field context.</summary>
public sealed class AsyncResolver(Func<IResolveFieldContext, ValueTask<object?>> resolve) : IFieldResolver
{
    public ValueTask<object?> ResolveAsync(IResolveFieldContext context) => resolve(context);
}
