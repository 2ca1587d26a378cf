namespace FinalAccounts.Api.GraphQL.Analytics;

/// <summary>How each dimension appears in the SQL of analytics: the fact column it groups on, and its sort order.</summary>
public static class DimensionColumns
{
    /// <summary>The column of the fact CTE that the dimension groups on.</summary>
    public static string Key(AnalyticsDimension dimension) => dimension switch
    {
        AnalyticsDimension.Year => "year",
        AnalyticsDimension.Unit => "unit_id",
        AnalyticsDimension.SupervisingDepartment => "department",
        AnalyticsDimension.Region => "region",
        AnalyticsDimension.UnitKind => "unit_kind",
        AnalyticsDimension.Category => "category_id",
        AnalyticsDimension.BudgetSource => "budget_source",
        _ => throw new ArgumentOutOfRangeException(nameof(dimension)),
    };

    /// <summary>
    /// The sort expressions of the dimension's key, ascending, over a grouped row: a unit by name then key,
    /// a category by code then key. Names and codes are looked up per group, not joined per fact.
    /// </summary>
    public static IEnumerable<string> SortKeys(AnalyticsDimension dimension) => dimension switch
    {
        AnalyticsDimension.Unit => ["(SELECT s.name FROM unit AS s WHERE s.id = unit_id)", "unit_id"],
        AnalyticsDimension.Category => ["(SELECT s.code FROM expense_category AS s WHERE s.id = category_id)", "category_id"],
        _ => [Key(dimension)],
    };

    /// <summary>Whether facts must be joined with their unit: for the unit's attributes, not for the unit itself.</summary>
    public static bool NeedsUnit(AnalyticsDimension dimension) =>
        dimension is AnalyticsDimension.SupervisingDepartment or AnalyticsDimension.Region or AnalyticsDimension.UnitKind;
}
