using GraphQL.Types;
using static FinalAccounts.Api.GraphQL.Conventions.Fields;

namespace FinalAccounts.Api.GraphQL.Conventions;

/// <summary>HotChocolate's Int/Long/Decimal/FloatOperationFilterInput: equality, sets and order comparisons on a number.</summary>
public sealed class ComparableOperationFilterInputType : InputObjectGraphType
{
    public ComparableOperationFilterInputType(string typeName, IGraphType scalar, string noun)
    {
        Name = typeName;
        Description = $"Conditions on {noun} field; all given conditions must hold. Missing values never satisfy an order comparison and always satisfy its negation. A null operand is ignored, except for `eq`/`neq`.";
        AddField(Input("eq", scalar, "Equal to the value; `eq: null` matches missing values."));
        AddField(Input("neq", scalar, "Not equal to the value (missing values match); `neq: null` matches present values."));
        AddField(Input("in", ListOf(scalar), "Equal to one of the values."));
        AddField(Input("nin", ListOf(scalar), "Equal to none of the values."));
        AddField(Input("gt", scalar, "Greater than the value."));
        AddField(Input("ngt", scalar, "Not greater than the value."));
        AddField(Input("gte", scalar, "Greater than or equal to the value."));
        AddField(Input("ngte", scalar, "Not greater than or equal to the value."));
        AddField(Input("lt", scalar, "Less than the value."));
        AddField(Input("nlt", scalar, "Not less than the value."));
        AddField(Input("lte", scalar, "Less than or equal to the value."));
        AddField(Input("nlte", scalar, "Not less than or equal to the value."));
    }
}
