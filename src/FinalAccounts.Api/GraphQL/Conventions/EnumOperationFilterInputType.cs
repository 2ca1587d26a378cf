using GraphQL.Types;
using static FinalAccounts.Api.GraphQL.Conventions.Fields;

namespace FinalAccounts.Api.GraphQL.Conventions;

/// <summary>HotChocolate's &lt;Enum&gt;OperationFilterInput.</summary>
public sealed class EnumOperationFilterInputType : InputObjectGraphType
{
    public EnumOperationFilterInputType(IGraphType enumType)
    {
        Name = enumType.Name + "OperationFilterInput";
        Description = $"Conditions on a {enumType.Name} field.";
        AddField(Input("eq", enumType, "Equal to the value; `eq: null` matches missing values."));
        AddField(Input("neq", enumType, "Not equal to the value; `neq: null` matches present values."));
        AddField(Input("in", ListOfNonNull(enumType), "Equal to one of the values."));
        AddField(Input("nin", ListOfNonNull(enumType), "Equal to none of the values."));
    }
}
