using System.Text;
using FinalAccounts.Api.GraphQL.Conventions;
using FinalAccounts.Data.Storage;
using Microsoft.EntityFrameworkCore;

namespace FinalAccounts.Api.GraphQL.Analytics;

/// <summary>
/// One statement for a chart: facts grouped by the series keys and year, series ranked by the requested
/// order, and the years of the top series; the year bounds of all facts in scope come with every row.
/// </summary>
public static class SeriesSql
{
    private static readonly (AnalyticsDimension Dimension, string Alias)[] Outputs =
    [
        (AnalyticsDimension.Unit, "UnitId"), (AnalyticsDimension.SupervisingDepartment, "Department"), (AnalyticsDimension.Region, "Region"),
        (AnalyticsDimension.UnitKind, "UnitKind"), (AnalyticsDimension.Category, "CategoryId"), (AnalyticsDimension.BudgetSource, "BudgetSource"),
    ];

    public static async Task<List<SeriesRow>> RunAsync(SnapshotContext db, EntityCatalog catalog, Func<SqlStatement, FactTable> table, FactScope scope,
        IReadOnlyList<AnalyticsDimension> seriesBy, IReadOnlyList<SortTerm> order, int take, CancellationToken cancellationToken)
    {
        var sql = new SqlStatement();
        var text = new StringBuilder("WITH ");
        FactSql.Write(text, sql, db, catalog, table(sql), scope, seriesBy);

        var keys = seriesBy.Select(DimensionColumns.Key).ToList();
        var keyList = string.Concat(keys.Select(k => k + ", "));
        text.Append(", grouped AS MATERIALIZED (SELECT ").Append(keyList)
            .Append("year, SUM(amount) AS total, COUNT(*) AS n FROM fact GROUP BY ").Append(keyList).Append("year)")
            .Append(", sums AS (SELECT ").Append(keyList).Append("SUM(total) AS series_total FROM grouped")
            .Append(keys.Count > 0 ? " GROUP BY " + string.Join(", ", keys) : " HAVING COUNT(*) > 0").Append(')');
        var terms = order.Concat(seriesBy.SelectMany(DimensionColumns.SortKeys).Select(k => new SortTerm(k, false)));
        text.Append(", series AS (SELECT sums.*, ROW_NUMBER() OVER (ORDER BY ").Append(string.Join(", ", terms)).Append(") AS position FROM sums)")
            .Append(", bounds AS (SELECT MIN(year) AS first_year, MAX(year) AS last_year FROM grouped)")
            .Append(" SELECT b.first_year AS FirstYear, b.last_year AS LastYear, (SELECT COUNT(*) FROM sums) AS SeriesCount, s.position AS Position");
        foreach (var (dimension, alias) in Outputs)
            text.Append(", ").Append(seriesBy.Contains(dimension) ? "s." + DimensionColumns.Key(dimension) : "NULL").Append(" AS ").Append(alias);
        text.Append(", s.series_total AS SeriesTotal, g.year AS Year, g.total AS Total, g.n AS Count")
            .Append(" FROM bounds AS b LEFT JOIN series AS s ON s.position <= ").Append(sql.Add(take))
            .Append(" LEFT JOIN grouped AS g ON ")
            .Append(keys.Count > 0 ? string.Join(" AND ", keys.Select(k => $"g.{k} IS s.{k}")) : "s.position IS NOT NULL")
            .Append(" ORDER BY s.position, g.year");

        return await db.Database.SqlQueryRaw<SeriesRow>(text.ToString(), sql.Parameters.ToArray<object>()).ToListAsync(cancellationToken);
    }
}
