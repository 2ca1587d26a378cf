namespace FinalAccounts.Api.GraphQL.Conventions;

/// <summary>A row of a page with its cursor (encoded on first read).</summary>
public sealed class Edge(ConnectionPage page, int index)
{
    public string Cursor => page.CursorAt(index);

    public object Node => page.Nodes[index];
}
