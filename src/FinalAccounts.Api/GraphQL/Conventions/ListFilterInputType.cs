using GraphQL.Types;
using static FinalAccounts.Api.GraphQL.Conventions.Fields;

namespace FinalAccounts.Api.GraphQL.Conventions;

/// <summary>HotChocolate's ListFilterInputTypeOf&lt;X&gt;FilterInput: conditions on a to-many relation.</summary>
public sealed class ListFilterInputType : InputObjectGraphType
{
    public ListFilterInputType(EntityFilterInputType element, ScalarTypes scalars)
    {
        Name = "ListFilterInputTypeOf" + element.Name;
        Description = $"Conditions on a list of {Naming.Words(element.Entity.TypeName)} rows.";
        AddField(Input("all", element, "Every row of the list matches (true for an empty list)."));
        AddField(Input("none", element, "No row of the list matches."));
        AddField(Input("some", element, "At least one row of the list matches."));
        AddField(Input("any", scalars.Boolean, "true: the list has rows; false: it is empty."));
    }
}
