using System.Text;
using FinalAccounts.Api.GraphQL.Conventions;
using FinalAccounts.Data.Storage;
using Microsoft.EntityFrameworkCore;

namespace FinalAccounts.Api.GraphQL.Analytics;

/// <summary>
/// One statement for a grouped question (aggregate, budget execution): GROUP BY in SQL over the facts in
/// scope, the previous year's group by LAG when the grouping includes the year, a row number in the
/// requested order, and the totals over all groups; only the page's groups leave SQLite.
/// </summary>
public static class GroupedSql
{
    private static readonly (AnalyticsDimension Dimension, string Alias)[] Outputs =
    [
        (AnalyticsDimension.Year, "Year"), (AnalyticsDimension.Unit, "UnitId"), (AnalyticsDimension.SupervisingDepartment, "Department"),
        (AnalyticsDimension.Region, "Region"), (AnalyticsDimension.UnitKind, "UnitKind"), (AnalyticsDimension.Category, "CategoryId"),
        (AnalyticsDimension.BudgetSource, "BudgetSource"),
    ];

    public static async Task<List<GroupRow>> RunAsync(SnapshotContext db, EntityCatalog catalog, Func<SqlStatement, FactTable> table, FactScope scope,
        IReadOnlyList<AnalyticsDimension> dimensions, IReadOnlyList<SortTerm> order, long skip, int take, CancellationToken cancellationToken)
    {
        var sql = new SqlStatement();
        var text = new StringBuilder("WITH ");
        FactSql.Write(text, sql, db, catalog, table(sql), scope, dimensions);

        var keys = string.Join(", ", dimensions.Select(DimensionColumns.Key));
        text.Append(", grouped AS MATERIALIZED (SELECT ").Append(keys).Append(", ")
            .Append("SUM(amount) AS total, SUM(second) AS second_total, COUNT(*) AS n FROM fact GROUP BY ").Append(keys).Append(')');

        // The previous year's group: the same other keys, the year before (LAG finds the previous existing group, which may be older).
        text.Append(", changes AS (SELECT g.*, ");
        if (dimensions.Contains(AnalyticsDimension.Year))
        {
            var others = dimensions.Where(d => d != AnalyticsDimension.Year).Select(DimensionColumns.Key).ToList();
            text.Append("CASE WHEN LAG(year) OVER w = year - 1 THEN LAG(total) OVER w END AS previous_total FROM grouped AS g WINDOW w AS (")
                .Append(others.Count > 0 ? "PARTITION BY " + string.Join(", ", others) + " " : "").Append("ORDER BY year))");
        }
        else
        {
            text.Append("NULL AS previous_total FROM grouped AS g)");
        }

        var terms = order.Concat(dimensions.SelectMany(DimensionColumns.SortKeys).Select(k => new SortTerm(k, false)));
        text.Append(", numbered AS (SELECT c.*, ROW_NUMBER() OVER (ORDER BY ").Append(string.Join(", ", terms)).Append(") AS position FROM changes AS c)")
            .Append(", totals AS (SELECT SUM(total) AS grand_total, SUM(second_total) AS grand_second, SUM(n) AS grand_count, COUNT(*) AS group_count FROM grouped)")
            .Append(" SELECT t.grand_total AS GrandTotal, t.grand_second AS GrandSecond, t.grand_count AS GrandCount, t.group_count AS GroupCount, p.position AS Position");
        foreach (var (dimension, alias) in Outputs)
            text.Append(", ").Append(dimensions.Contains(dimension) ? "p." + DimensionColumns.Key(dimension) : "NULL").Append(" AS ").Append(alias);
        text.Append(", p.total AS Total, p.second_total AS SecondTotal, p.n AS Count, p.previous_total AS PreviousTotal")
            .Append(" FROM totals AS t LEFT JOIN numbered AS p ON p.position > ").Append(sql.Add(skip))
            .Append(" AND p.position <= ").Append(sql.Add(skip + take))
            .Append(" ORDER BY p.position");

        return await db.Database.SqlQueryRaw<GroupRow>(text.ToString(), sql.Parameters.ToArray<object>()).ToListAsync(cancellationToken);
    }
}
