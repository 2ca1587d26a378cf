using FinalAccounts.Api.GraphQL.Conventions;
using FinalAccounts.Data.Entities;
using FinalAccounts.Data.Storage;

namespace FinalAccounts.Api.GraphQL.Analytics;

/// <summary>
/// Which facts a question is about: a `where` on their final accounts and, for expenditure by category,
/// a `where` on the expenditure rows themselves (both translated by the schema's filter translator), one
/// unit, and a range of years.
/// </summary>
public sealed record FactScope(object? AccountWhere, object? ExpenditureWhere, string? UnitId = null, int? FromYear = null, int? ToYear = null)
{
    /// <summary>The SQL conditions on the fact table (alias x); <paramref name="yearShift"/> moves the year range (1 for facts that speak of the year before).</summary>
    public IEnumerable<string> Conditions(SqlStatement sql, SnapshotContext db, EntityCatalog catalog, FactTable table, int yearShift = 0)
    {
        if (UnitId is not null) yield return "x.unit_id = " + sql.Add(UnitId);
        if (FromYear is { } from) yield return "x.year >= " + sql.Add(from + yearShift);
        if (ToYear is { } to) yield return "x.year <= " + sql.Add(to + yearShift);
        // A final account is one unit in one year: matching facts on (unit, year) stays inside the covering index.
        if (FilterTranslator.ToPredicate<FinalAccount>(catalog.For<FinalAccount>(), AccountWhere) is { } accounts)
            yield return $"(x.unit_id, x.year) IN ({sql.Import(db.FinalAccounts.Where(accounts).Select(a => new { a.UnitId, a.Year }))})";
        if (table.HasCategories && FilterTranslator.ToPredicate<Expenditure>(catalog.For<Expenditure>(), ExpenditureWhere) is { } expenditures)
            yield return $"x.id IN ({sql.Import(db.Expenditures.Where(expenditures).Select(e => e.Id))})";
    }
}
