using FinalAccounts.Api.GraphQL.Conventions;
using GraphQL.Types;

namespace FinalAccounts.Api.GraphQL.Analytics;

/// <summary>
/// A Relay connection of grouped answers, built by the schema's ConnectionType: its cursors are positions,
/// which page forward only, and its total count comes with the page.
/// </summary>
public static class PositionConnection
{
    public static ConnectionType Create(string fieldName, IGraphType node, ConventionTypes types, string description)
    {
        var connection = new ConnectionType(fieldName, node, types) { Description = description };
        connection.GetField("totalCount")!.Description = "Number of groups in the whole answer, not just this page.";
        var edges = (ListGraphType)connection.GetField("edges")!.ResolvedType!;
        var edge = (IComplexGraphType)((NonNullGraphType)edges.ResolvedType!).ResolvedType!;
        edge.GetField("cursor")!.Description = "Opaque cursor of this group: pass it as `after` to get the groups that follow.";
        return connection;
    }
}
