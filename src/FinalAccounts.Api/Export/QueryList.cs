using GraphQL.Types;

namespace FinalAccounts.Api.Export;

/// <summary>
/// A root list that is computed rather than a table (aggregate groups, budget execution, search hits): a
/// connection field exported by running the field itself through GraphQL, page by page, with the caller's
/// arguments, so it accepts, computes and refuses exactly what the field does.
/// </summary>
public sealed record QueryList(string Name, FieldType Field, string Selection, IReadOnlyList<QueryColumn> Columns)
{
    /// <summary>The arguments a caller may give: the field's own, except the paging ones the export drives.</summary>
    public IEnumerable<QueryArgument> Arguments => (Field.Arguments ?? []).Where(a => a.Name is not ("first" or "after" or "last" or "before"));
}
