using GraphQL.Types;
using static FinalAccounts.Api.GraphQL.Conventions.Fields;

namespace FinalAccounts.Api.GraphQL.Conventions;

/// <summary>HotChocolate's IdOperationFilterInput: conditions on the global id of a row.</summary>
public sealed class IdOperationFilterInputType : InputObjectGraphType
{
    public IdOperationFilterInputType(ScalarTypes scalars)
    {
        Name = "IdOperationFilterInput";
        Description = "Conditions on a global id (the `id` field). An id of another type is an error.";
        AddField(Input("eq", scalars.Id, "Equal to the id."));
        AddField(Input("neq", scalars.Id, "Not equal to the id."));
        AddField(Input("in", ListOf(scalars.Id), "One of the ids."));
        AddField(Input("nin", ListOf(scalars.Id), "None of the ids."));
    }
}
