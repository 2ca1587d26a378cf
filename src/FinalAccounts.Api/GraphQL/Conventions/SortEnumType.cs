using GraphQL.Types;

namespace FinalAccounts.Api.GraphQL.Conventions;

/// <summary>HotChocolate's SortEnumType.</summary>
public sealed class SortEnumType : EnumerationGraphType
{
    public SortEnumType()
    {
        Name = "SortEnumType";
        Description = "Direction of a sort. Missing values come first in ascending order and last in descending order.";
        Add("ASC", SortDirection.Ascending, "Ascending: smallest first; text in code-point order.");
        Add("DESC", SortDirection.Descending, "Descending: largest first.");
    }
}
