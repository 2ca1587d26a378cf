namespace FinalAccounts.Api.Web.Cookbook;

/// <summary>One column of a recipe's table: a dotted path into the row, its label and how to format it.</summary>
public sealed record RecipeColumn(string Path, BilingualText Label, ValueFormat Format = ValueFormat.Text);
