using System.Text;
using FinalAccounts.Api.GraphQL.Conventions;
using FinalAccounts.Data.Storage;
using Microsoft.EntityFrameworkCore;

namespace FinalAccounts.Api.GraphQL.Analytics;

/// <summary>
/// One statement for a ranking: each unit's sums in the year and in the compared year, the measure,
/// RANK() over it (ties share a rank), and the first N units, ties ordered by unit name.
/// </summary>
public static class RankingSql
{
    public static async Task<List<RankingRow>> RunAsync(SnapshotContext db, EntityCatalog catalog, MetricDefinition metric, FactScope scope,
        int year, int? compareWith, RankingMeasure measure, RankingDirection direction, int top, CancellationToken cancellationToken)
    {
        var sql = new SqlStatement();
        var years = compareWith is { } other ? scope with { FromYear = Math.Min(year, other), ToYear = Math.Max(year, other) } : scope with { FromYear = year, ToYear = year };
        var text = new StringBuilder("WITH ");
        FactSql.Write(text, sql, db, catalog, FactTable.Amounts(metric, sql), years, []);
        var current = sql.Add(year);
        var baseYear = sql.Add(compareWith);
        text.Append(", sums AS (SELECT unit_id, SUM(CASE WHEN year = ").Append(current).Append(" THEN amount END) AS total, SUM(CASE WHEN year = ")
            .Append(baseYear).Append(" THEN amount END) AS base_total FROM fact GROUP BY unit_id)");
        var (value, condition) = measure switch
        {
            RankingMeasure.ChangeAmount => ("total - base_total", " AND base_total IS NOT NULL"),
            RankingMeasure.ChangePercent => ("CAST(total - base_total AS REAL) / base_total", " AND base_total IS NOT NULL AND base_total <> 0"),
            _ => ("total", ""),
        };
        var descending = direction == RankingDirection.Top ? " DESC" : " ASC";
        text.Append(", measured AS (SELECT unit_id, total, base_total, ").Append(value).Append(" AS measure FROM sums WHERE total IS NOT NULL").Append(condition).Append(')')
            .Append(", ranked AS (SELECT m.*, RANK() OVER (ORDER BY measure").Append(descending).Append(") AS rank, COUNT(*) OVER () AS ranked_count FROM measured AS m)")
            .Append(" SELECT r.ranked_count AS RankedCount, r.rank AS Rank, r.unit_id AS UnitId, r.total AS Total, r.base_total AS BaseTotal")
            .Append(" FROM ranked AS r JOIN unit AS u ON u.id = r.unit_id ORDER BY r.rank, u.name, r.unit_id LIMIT ").Append(sql.Add(top));

        return await db.Database.SqlQueryRaw<RankingRow>(text.ToString(), sql.Parameters.ToArray<object>()).ToListAsync(cancellationToken);
    }
}
