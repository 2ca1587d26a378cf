using System.Reflection;
using FinalAccounts.Data.Entities;
using FinalAccounts.Data.Storage;
using Microsoft.EntityFrameworkCore;

namespace FinalAccounts.Api.Tests.Analytics;

/// <summary>
/// Expected facts, read independently of the API: a stated metric from the final account's own column
/// (procurement from the procurement row), expenditure by category from the expenditure rows.
/// </summary>
public static class FlatFacts
{
    private static readonly Dictionary<string, string> ProcurementColumns = new()
    {
        ["PROCUREMENT_TOTAL"] = nameof(Procurement.Total), ["PROCUREMENT_GOODS"] = nameof(Procurement.Goods),
        ["PROCUREMENT_WORKS"] = nameof(Procurement.Works), ["PROCUREMENT_SERVICES"] = nameof(Procurement.Services),
        ["PROCUREMENT_SME"] = nameof(Procurement.Sme), ["PROCUREMENT_SMALL_MICRO"] = nameof(Procurement.SmallMicro),
    };

    public static List<Fact> Of(SnapshotContext db, string metric)
    {
        if (metric == "CATEGORY_EXPENDITURE")
            return db.Expenditures.Include(e => e.Unit).Include(e => e.Category).AsEnumerable()
                .Where(e => e.Amount is not null)
                .Select(e => new Fact(e.Unit!, e.Year, e.Amount!.Value, e.Category, e.BudgetSource)).ToList();
        if (ProcurementColumns.TryGetValue(metric, out var column))
        {
            var procurementProperty = typeof(Procurement).GetProperty(column)!;
            return db.Procurements.Include(p => p.Unit).AsEnumerable()
                .Select(p => (p, amount: (decimal?)procurementProperty.GetValue(p)))
                .Where(x => x.amount is not null)
                .Select(x => new Fact(x.p.Unit!, x.p.Year, x.amount!.Value)).ToList();
        }
        var property = typeof(FinalAccount).GetProperty(PascalCase(metric), BindingFlags.Public | BindingFlags.Instance)
            ?? throw new InvalidOperationException($"{metric} is not a column of final_account.");
        return db.FinalAccounts.Include(a => a.Unit).AsEnumerable()
            .Select(a => (a, amount: (decimal?)property.GetValue(a)))
            .Where(x => x.amount is not null)
            .Select(x => new Fact(x.a.Unit!, x.a.Year, x.amount!.Value)).ToList();
    }

    /// <summary>INCOME_TOTAL → IncomeTotal.</summary>
    public static string PascalCase(string constant) =>
        string.Concat(constant.Split('_').Select(w => w[..1] + w[1..].ToLowerInvariant()));
}
