namespace FinalAccounts.Api.GraphQL.Conventions;

/// <summary>Finds a row by its key through the request's batch, whatever its CLR type.</summary>
public interface IEntityLookup
{
    /// <summary>The row (or a deferred row) for a key already typed as the entity's key, with the columns the field of <paramref name="context"/> reads.</summary>
    object? Request(RequestBatches batches, object key, global::GraphQL.IResolveFieldContext context);
}
