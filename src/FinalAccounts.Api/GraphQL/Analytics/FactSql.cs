using System.Text;
using FinalAccounts.Api.GraphQL.Conventions;
using FinalAccounts.Data.Storage;

namespace FinalAccounts.Api.GraphQL.Analytics;

/// <summary>
/// Writes the `fact` CTE every analytics statement starts from: one row per fact in scope, with the
/// columns every dimension groups on, the amount (INTEGER millionths of 万元) and the second amount.
/// The unit is joined only when a dimension needs its attributes. <paramref name="yearShift"/>
/// moves facts that speak of the year before (previous-year amounts) to that year.
/// </summary>
public static class FactSql
{
    public static void Write(StringBuilder text, SqlStatement sql, SnapshotContext db, EntityCatalog catalog,
        FactTable table, FactScope scope, IReadOnlyCollection<AnalyticsDimension> dimensions, int yearShift = 0, string name = "fact")
    {
        var unit = dimensions.Any(DimensionColumns.NeedsUnit);
        // Never materialized: flattened into the grouping, the facts stream from the covering index in its order.
        text.Append(name).Append(" AS NOT MATERIALIZED (SELECT ").Append(yearShift == 0 ? "x.year" : "x.year - " + yearShift).Append(" AS year, x.unit_id AS unit_id, ")
            .Append(unit ? "u.region AS region, u.supervising_department AS department, u.kind AS unit_kind, "
                : "NULL AS region, NULL AS department, NULL AS unit_kind, ")
            .Append(table.HasCategories ? "x.category_id AS category_id, x.budget_source AS budget_source, " : "NULL AS category_id, NULL AS budget_source, ")
            .Append("x.").Append(table.Amount).Append(" AS amount, ")
            .Append(table.Second is null ? "NULL" : "x." + table.Second).Append(" AS second")
            .Append(" FROM ").Append(table.Table).Append(" AS x");
        if (unit) text.Append(" JOIN unit AS u ON u.id = x.unit_id");
        text.Append(" WHERE x.").Append(table.Amount).Append(" IS NOT NULL");
        if (table.Second is not null) text.Append(" AND x.").Append(table.Second).Append(" IS NOT NULL");
        if (table.Condition is not null) text.Append(" AND ").Append(table.Condition);
        foreach (var condition in scope.Conditions(sql, db, catalog, table, yearShift))
            text.Append(" AND ").Append(condition);
        text.Append(')');
    }
}
