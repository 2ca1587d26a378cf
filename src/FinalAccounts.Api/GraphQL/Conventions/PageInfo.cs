namespace FinalAccounts.Api.GraphQL.Conventions;

/// <summary>Relay page information of one fetched page.</summary>
public sealed class PageInfo(ConnectionPage page, bool hasNextPage, bool hasPreviousPage)
{
    public bool HasNextPage => hasNextPage;

    public bool HasPreviousPage => hasPreviousPage;

    public string? StartCursor => page.Nodes.Count > 0 ? page.CursorAt(0) : null;

    public string? EndCursor => page.Nodes.Count > 0 ? page.CursorAt(page.Nodes.Count - 1) : null;
}
