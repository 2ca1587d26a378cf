namespace FinalAccounts.Api.GraphQL.Conventions;

/// <summary>
/// The value of a connection field: the page is fetched when edges, nodes or pageInfo are first asked
/// for (one SQL statement), and the total count only when totalCount is selected (one COUNT).
/// </summary>
public abstract class ConnectionSlice
{
    public abstract ValueTask<ConnectionPage> PageAsync(CancellationToken cancellationToken);

    public abstract Task<int> CountAsync(CancellationToken cancellationToken);
}
