using GraphQL.Types;
using static FinalAccounts.Api.GraphQL.Conventions.Fields;

namespace FinalAccounts.Api.GraphQL.Conventions;

/// <summary>Relay's PageInfo.</summary>
public sealed class PageInfoType : ObjectGraphType<PageInfo>
{
    public PageInfoType(ScalarTypes scalars)
    {
        Name = "PageInfo";
        Description = "Where a page sits in the whole list.";
        AddField(Output("hasNextPage", NonNull(scalars.Boolean), "Whether rows follow this page.", PageResolvers.HasNextPage));
        AddField(Output("hasPreviousPage", NonNull(scalars.Boolean), "Whether rows precede this page.", PageResolvers.HasPreviousPage));
        AddField(Output("startCursor", scalars.String, "Cursor of the first row of the page; null for an empty page.", PageResolvers.StartCursor));
        AddField(Output("endCursor", scalars.String, "Cursor of the last row of the page; null for an empty page.", PageResolvers.EndCursor));
    }
}
