using System.Text;
using FinalAccounts.Api.GraphQL.Conventions;
using FinalAccounts.Data.Storage;
using Microsoft.EntityFrameworkCore;

namespace FinalAccounts.Api.GraphQL.Analytics;

/// <summary>
/// One statement for a trend: per year, the sum of the amounts reported in scope and, for metrics whose
/// reports state changes, the sum of the previous-year amounts derived from the next year's reports.
/// </summary>
public static class TrendSql
{
    public static async Task<List<TrendRow>> RunAsync(SnapshotContext db, EntityCatalog catalog, MetricDefinition metric, FactScope scope, CancellationToken cancellationToken)
    {
        var sql = new SqlStatement();
        var text = new StringBuilder("WITH ");
        FactSql.Write(text, sql, db, catalog, FactTable.Amounts(metric, sql), scope, []);
        if (metric.Derivable)
        {
            text.Append(", ");
            FactSql.Write(text, sql, db, catalog, FactTable.PreviousYear(metric, sql), scope, [], yearShift: 1, name: "previous");
        }
        text.Append(" SELECT 1 AS Reported, year AS Year, SUM(amount) AS Total, COUNT(*) AS Count FROM fact GROUP BY year");
        if (metric.Derivable)
            text.Append(" UNION ALL SELECT 0 AS Reported, year AS Year, SUM(amount) AS Total, COUNT(*) AS Count FROM previous GROUP BY year");

        return await db.Database.SqlQueryRaw<TrendRow>(text.ToString(), sql.Parameters.ToArray<object>()).ToListAsync(cancellationToken);
    }
}
