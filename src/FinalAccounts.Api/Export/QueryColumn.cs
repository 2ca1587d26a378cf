namespace FinalAccounts.Api.Export;

/// <summary>A column of a query list's export: a field of the row, or a field of an object the row links to (<c>unit.name</c> → <c>unitName</c>).</summary>
public sealed record QueryColumn(string Name, IReadOnlyList<string> Path, string Description);
