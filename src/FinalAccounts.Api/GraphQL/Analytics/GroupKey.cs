using FinalAccounts.Data.Entities;

namespace FinalAccounts.Api.GraphQL.Analytics;

/// <summary>The key of a group or series: the value of each dimension grouped on (the others are null).</summary>
public sealed record GroupKey(int? Year, string? UnitId, string? SupervisingDepartment, string? Region, string? UnitKind, string? CategoryId, BudgetSource? BudgetSource)
{
    /// <summary>A key as SQLite returns it: budget sources are stored by name.</summary>
    public static GroupKey Read(int? year, string? unitId, string? department, string? region, string? unitKind, string? categoryId, string? budgetSource) =>
        new(year, unitId, department, region, unitKind, categoryId, budgetSource is null ? null : Enum.Parse<BudgetSource>(budgetSource));

    public static GroupKey From(GroupRow row) =>
        Read(row.Year, row.UnitId, row.Department, row.Region, row.UnitKind, row.CategoryId, row.BudgetSource);

    public static GroupKey From(SeriesRow row) =>
        Read(null, row.UnitId, row.Department, row.Region, row.UnitKind, row.CategoryId, row.BudgetSource);
}
