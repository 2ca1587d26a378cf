using GraphQL;
using GraphQL.Resolvers;

namespace FinalAccounts.Api.GraphQL.Conventions;

/// <summary>Reads a value from the parent object synchronously: no task, no reflection.</summary>
public sealed class SourceResolver(Func<object, object?> read) : IFieldResolver
{
    public ValueTask<object?> ResolveAsync(IResolveFieldContext context) => new(read(context.Source!));
}
