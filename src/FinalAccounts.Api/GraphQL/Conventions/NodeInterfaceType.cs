using GraphQL.Types;
using static FinalAccounts.Api.GraphQL.Conventions.Fields;

namespace FinalAccounts.Api.GraphQL.Conventions;

/// <summary>Relay's Node interface: every entity has a global id that node(id) resolves.</summary>
public sealed class NodeInterfaceType : InterfaceGraphType
{
    public NodeInterfaceType(ScalarTypes scalars)
    {
        Name = "Node";
        Description = "An object with a globally unique, stable id; `node(id)` fetches any of them.";
        AddField(new FieldType { Name = "id", ResolvedType = NonNull(scalars.Id), Description = "Globally unique id of the object." });
    }
}
