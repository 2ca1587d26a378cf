namespace FinalAccounts.Api.GraphQL.Conventions;

/// <summary>Resolvers of the connection types, shared by every connection.</summary>
public static class PageResolvers
{
    public static readonly SourceResolver HasNextPage = new(s => Boxes.Of(((PageInfo)s).HasNextPage));
    public static readonly SourceResolver HasPreviousPage = new(s => Boxes.Of(((PageInfo)s).HasPreviousPage));
    public static readonly SourceResolver StartCursor = new(s => ((PageInfo)s).StartCursor);
    public static readonly SourceResolver EndCursor = new(s => ((PageInfo)s).EndCursor);
    public static readonly SourceResolver Cursor = new(s => ((Edge)s).Cursor);
    public static readonly SourceResolver Node = new(s => ((Edge)s).Node);

    public static readonly AsyncResolver Edges = new(async c => (await ((ConnectionSlice)c.Source!).PageAsync(c.CancellationToken)).Edges);
    public static readonly AsyncResolver Nodes = new(async c => (await ((ConnectionSlice)c.Source!).PageAsync(c.CancellationToken)).Nodes);
    public static readonly AsyncResolver PageInfo = new(async c => (await ((ConnectionSlice)c.Source!).PageAsync(c.CancellationToken)).PageInfo);
    public static readonly AsyncResolver TotalCount = new(async c => await ((ConnectionSlice)c.Source!).CountAsync(c.CancellationToken));
}
