namespace FinalAccounts.Api.Web.Cookbook;

/// <summary>
/// A ready query that answers one question a reader of final accounts asks, with how to show its answer:
/// the rows to tabulate (a dotted path into <c>data</c>), the columns, and a chart where one fits.
/// The landing page runs it with one click; GraphiQL lists it.
/// </summary>
/// <param name="Id">Stable slug, used in links (<c>/graphiql?recipe=…</c>).</param>
/// <param name="Query">The GraphQL document, starting with a comment that states the question.</param>
/// <param name="Variables">Default variables as a JSON object, or null when the query takes none.</param>
/// <param name="Rows">Dotted path from <c>data</c> to the list of rows; a number picks one element (<c>units.nodes.0.finalAccounts</c>).</param>
/// <param name="Export">The root list whose CSV/JSON export holds the same rows, when the rows are one root list.</param>
public sealed record CookbookRecipe(
    string Id,
    BilingualText Title,
    BilingualText Question,
    string Query,
    string? Variables,
    string Rows,
    IReadOnlyList<RecipeColumn> Columns,
    RecipeChart? Chart = null,
    RecipeExport? Export = null);
