namespace FinalAccounts.Api.GraphQL.Analytics;

/// <summary>
/// A field of an analytics sort input: its name, the SQL it sorts by (null for the group's key, which
/// expands to the keys of the dimensions grouped on), and whether it needs the year among the dimensions.
/// </summary>
public sealed record SortField(string Name, string? Sql, string Description, bool NeedsYear = false)
{
    public static readonly SortField Key = new("key", null,
        "Sort by the group's key, dimension by dimension in `groupBy` order: years by number, units by name, categories by code, other keys as text (missing first).");
}
