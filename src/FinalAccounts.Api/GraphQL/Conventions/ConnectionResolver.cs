using FinalAccounts.Api.GraphQL.Conventions.Sql;
using FinalAccounts.Data.Storage;
using GraphQL;
using GraphQL.Resolvers;
using Microsoft.Extensions.DependencyInjection;

namespace FinalAccounts.Api.GraphQL.Conventions;

/// <summary>Resolves a root list field to a connection over <typeparamref name="T"/>: where, order and paging arguments.</summary>
public sealed class ConnectionResolver<T>(EntityMetadata entity) : IFieldResolver where T : class
{
    public ValueTask<object?> ResolveAsync(IResolveFieldContext context)
    {
        var paging = PagingArguments.From(context);
        var db = context.RequestServices!.GetRequiredService<SnapshotContext>();
        var filter = FilterTranslator.ToPredicate<T>(entity, Arguments.Raw(context, "where"));
        var sort = SortTranslator.Parse<T>(entity, Arguments.Raw(context, "order"));
        // Cursors are checked here, so a bad one fails the field whatever the selection.
        var after = paging.After is { } a ? KeysetCursor.Decode(sort.Keys, a) : null;
        var before = paging.Before is { } b ? KeysetCursor.Decode(sort.Keys, b) : null;
        return new ValueTask<object?>(new EntitySlice<T>(db, filter, sort, paging, after, before, RowProjection.For(entity, context, sort),
            context.RequestServices!.GetRequiredService<SqlMode>().Direct));
    }
}
