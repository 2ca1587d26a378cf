using GraphQL.Types;
using static FinalAccounts.Api.GraphQL.Conventions.Fields;

namespace FinalAccounts.Api.GraphQL.Conventions;

/// <summary>Relay edge type, named from the field (units → UnitsEdge).</summary>
public sealed class EdgeType : ObjectGraphType<Edge>
{
    public EdgeType(string name, IGraphType node, ScalarTypes scalars)
    {
        Name = name;
        Description = "A row of a page and its cursor.";
        AddField(Output("cursor", NonNull(scalars.String), "Opaque cursor of this row: pass it as `after` or `before` to page from here.", PageResolvers.Cursor));
        AddField(Output("node", NonNull(node), "The row.", PageResolvers.Node));
    }
}
