using FinalAccounts.Api.GraphQL.Conventions;
using Microsoft.EntityFrameworkCore;

namespace FinalAccounts.Api.GraphQL.Years;

/// <summary>Totals of many years in one GROUP BY statement.</summary>
public sealed class YearTotalsBatch(RequestBatches batches) : Batch<int, YearTotals?>
{
    protected override YearTotals? Missing => null;

    protected override async Task LoadAsync(IReadOnlyList<int> keys, Dictionary<int, YearTotals?> results, CancellationToken cancellationToken)
    {
        var years = keys.ToList();
        var totals = await batches.Db.FinalAccounts
            .Where(a => years.Contains(a.Year))
            .GroupBy(a => a.Year)
            .Select(g => new YearTotals(
                g.Key,
                g.Count(),
                g.Select(a => a.UnitId).Distinct().Count(),
                g.Sum(a => a.IncomeTotal),
                g.Sum(a => a.ExpenditureTotal),
                g.Sum(a => a.FiscalAppropriationTotal),
                g.Sum(a => a.GeneralBudgetExpenditure),
                g.Sum(a => a.BasicExpenditure),
                g.Sum(a => a.ProjectExpenditure),
                g.Sum(a => a.ThreePublicTotal)))
            .ToListAsync(cancellationToken);
        foreach (var total in totals)
            results[total.Year] = total;
    }
}
