namespace FinalAccounts.Api.Web.Cookbook;

/// <summary>The export that holds a recipe's rows: a root list with the same <c>where</c> and <c>order</c> (JSON).</summary>
public sealed record RecipeExport(string List, string? Where = null, string? Order = null);
