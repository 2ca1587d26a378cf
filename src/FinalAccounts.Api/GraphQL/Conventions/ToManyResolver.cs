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
        {
            var target = state.relation.Target;
            var sort = SortTranslator.Parse<T>(target, Arguments.Raw(state.context, "order"));
            return new ListBatch<T, TKey>(b, target, state.relation.TargetMatch, state.relation.TargetMatchGetter,
                FilterTranslator.ToPredicate<T>(target, Arguments.Raw(state.context, "where")), sort,
                PagingArguments.ListLimit(state.context), RowProjection.ForList(target, state.context, sort, state.relation.TargetMatch));
        });
        return new ValueTask<object?>(batch.Request(key, AsResult));
    }
}
