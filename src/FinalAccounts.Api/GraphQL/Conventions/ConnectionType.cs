using GraphQL.Types;
using static FinalAccounts.Api.GraphQL.Conventions.Fields;

namespace FinalAccounts.Api.GraphQL.Conventions;

/// <summary>Relay connection type, named from the field (units → UnitsConnection).</summary>
public sealed class ConnectionType : ObjectGraphType<ConnectionSlice>
{
    public ConnectionType(string fieldName, IGraphType node, ConventionTypes types)
    {
        var stem = Naming.PascalCase(fieldName);
        Name = stem + "Connection";
        Description = $"A page of {Naming.Words(fieldName)} (Relay cursor connection).";
        var edge = new EdgeType(stem + "Edge", node, types.Scalars);
        AddField(Output("pageInfo", NonNull(types.PageInfo), "Where this page sits in the whole list.", PageResolvers.PageInfo));
        AddField(Output("edges", ListOfNonNull(edge), "The rows of the page with their cursors.", PageResolvers.Edges));
        AddField(Output("nodes", ListOfNonNull(node), "The rows of the page.", PageResolvers.Nodes));
        AddField(Output("totalCount", NonNull(types.Scalars.Int), "Number of rows matching `where` in the whole list, not just this page. Costs one COUNT, run only when asked for.", PageResolvers.TotalCount));
    }
}
