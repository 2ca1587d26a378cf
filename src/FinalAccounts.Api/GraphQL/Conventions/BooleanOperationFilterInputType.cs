using GraphQL.Types;
using static FinalAccounts.Api.GraphQL.Conventions.Fields;

namespace FinalAccounts.Api.GraphQL.Conventions;

/// <summary>HotChocolate's BooleanOperationFilterInput.</summary>
public sealed class BooleanOperationFilterInputType : InputObjectGraphType
{
    public BooleanOperationFilterInputType(ScalarTypes scalars)
    {
        Name = "BooleanOperationFilterInput";
        Description = "Conditions on a yes/no field.";
        AddField(Input("eq", scalars.Boolean, "Equal to the value; `eq: null` matches missing values."));
        AddField(Input("neq", scalars.Boolean, "Not equal to the value (missing values match); `neq: null` matches present values."));
    }
}
