using GraphQL;
using GraphQL.Resolvers;
using Microsoft.Extensions.DependencyInjection;

namespace FinalAccounts.Api.GraphQL.Conventions;

/// <summary>Resolves a to-one relation through the request's batch for the target and its matching column.</summary>
public sealed class ToOneResolver<T, TKey>(EntityRelation relation) : IFieldResolver
    where T : class
    where TKey : notnull
{
    private static readonly Func<T?, object?> Identity = v => v;

    public ValueTask<object?> ResolveAsync(IResolveFieldContext context)
    {
        if (relation.SourceKeyGetter(context.Source!) is not TKey key) return default;
        var batches = context.RequestServices!.GetRequiredService<RequestBatches>();
        return new ValueTask<object?>(EntityLookup<T, TKey>.Batch(batches, relation.Target, relation.TargetMatch, relation.TargetMatchGetter, context).Request(key, Identity));
    }
}
