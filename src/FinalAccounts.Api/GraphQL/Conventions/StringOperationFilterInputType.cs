using GraphQL.Types;
using static FinalAccounts.Api.GraphQL.Conventions.Fields;

namespace FinalAccounts.Api.GraphQL.Conventions;

/// <summary>HotChocolate's StringOperationFilterInput: comparisons on a text field, as stored (Chinese text has no case).</summary>
public sealed class StringOperationFilterInputType : InputObjectGraphType
{
    public StringOperationFilterInputType(ScalarTypes scalars)
    {
        Name = "StringOperationFilterInput";
        Description = "Conditions on a text field. Text compares exactly as stored; all given conditions must hold. A null operand is ignored, except for `eq`/`neq`.";
        AddField(Input("and", ListOfNonNull(this), "All of these conditions hold."));
        AddField(Input("or", ListOfNonNull(this), "At least one of these conditions holds."));
        AddField(Input("eq", scalars.String, "Equal to the value; `eq: null` matches missing values."));
        AddField(Input("neq", scalars.String, "Not equal to the value (missing values match); `neq: null` matches present values."));
        AddField(Input("contains", scalars.String, "Contains the text."));
        AddField(Input("ncontains", scalars.String, "Does not contain the text (missing values match)."));
        AddField(Input("in", ListOf(scalars.String), "Equal to one of the values."));
        AddField(Input("nin", ListOf(scalars.String), "Equal to none of the values."));
        AddField(Input("startsWith", scalars.String, "Starts with the text."));
        AddField(Input("nstartsWith", scalars.String, "Does not start with the text (missing values match)."));
        AddField(Input("endsWith", scalars.String, "Ends with the text."));
        AddField(Input("nendsWith", scalars.String, "Does not end with the text (missing values match)."));
    }
}
