namespace FinalAccounts.Api.GraphQL.Conventions;

/// <summary>Finds a row by its key through the request's batch, whatever its CLR type.</summary>
public interface IEntityLookup
{
    /// <summary>
    /// The row (or a deferred row) for a key already typed as the entity's key, read by the request's batch with the
    /// columns the field of <paramref name="context"/> reads.
    /// </summary>
    object? Request(object key, global::GraphQL.IResolveFieldContext context);
}
