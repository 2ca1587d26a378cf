using GraphQL;
using GraphQL.Resolvers;
using Microsoft.Extensions.DependencyInjection;

namespace FinalAccounts.Api.GraphQL.Conventions;

/// <summary>
/// Resolves a to-many relation: every parent at this level shares one batch per field occurrence
/// (same arguments), so the children of all parents come from one statement; `first` keeps each parent's first rows.
/// </summary>
public sealed class ToManyResolver<T, TKey>(EntityRelation relation) : IFieldResolver
    where T : class
    where TKey : notnull
{
    private static readonly Func<IReadOnlyList<T>, object?> AsResult = list => list;

    public ValueTask<object?> ResolveAsync(IResolveFieldContext context)
    {
        if (relation.SourceKeyGetter(context.Source!) is not TKey key) return new ValueTask<object?>(Array.Empty<T>());
        var batches = context.RequestServices!.GetRequiredService<RequestBatches>();
        var batch = batches.GetOrAdd((relation, context.FieldAst), (relation, context), static (state, b) =>
            new ListBatch<T, TKey>(b, state.relation.Target, state.relation.TargetMatch, state.relation.TargetMatchGetter,
                FilterTranslator.ToPredicate<T>(state.relation.Target, Arguments.Raw(state.context, "where")),
                SortTranslator.Parse<T>(state.relation.Target, Arguments.Raw(state.context, "order")),
                PagingArguments.ListLimit(state.context)));
        return new ValueTask<object?>(batch.Request(key, AsResult));
    }
}
