using FinalAccounts.Api.GraphQL.Conventions;
using FinalAccounts.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace FinalAccounts.Api.Tests.Analytics;

/// <summary>Trends over the multi-year demo: reported points equal the stated amounts, derived points the stated changes, gaps stay null.</summary>
public sealed class TrendTests(DemoApi api) : IClassFixture<DemoApi>
{
    private const string Points = "points { year value status count changeAmount changePercent }";

    [Fact]
    public async Task A_unit_that_starts_late_has_gaps_then_one_derived_year_then_its_reports()
    {
        using var db = DemoApi.Open();
        var first = DemoSnapshots.Options.FirstYear;
        var last = DemoSnapshots.Options.FinalYear;
        var late = db.FinalAccounts.GroupBy(a => a.UnitId).Select(g => new { UnitId = g.Key, Start = g.Min(a => a.Year) })
            .Where(u => u.Start >= first + 2).OrderBy(u => u.UnitId).First();
        var accounts = db.FinalAccounts.Where(a => a.UnitId == late.UnitId).ToDictionary(a => a.Year);
        var stated = db.Figures.Single(f => f.UnitId == late.UnitId && f.Year == late.Start && f.Metric == Metric.ExpenditureTotal);

        var data = await api.Client.DataAsync($$"""
            query($unit: ID) { trend(metric: EXPENDITURE_TOTAL, unit: $unit, fromYear: {{first}}, toYear: {{last}}) {
                unit { key } fromYear toYear cagrPercent cagrFromYear cagrToYear cagrUsesDerived {{Points}} } }
            """, new { unit = GlobalId.Format("Unit", late.UnitId) });

        var trend = data["trend"]!;
        trend["unit"]!["key"]!.GetValue<string>().ShouldBe(late.UnitId);
        var points = trend["points"]!.AsArray();
        points.Select(p => p!["year"]!.GetValue<int>()).ShouldBe(Enumerable.Range(first, last - first + 1));
        foreach (var point in points)
        {
            var year = point!["year"]!.GetValue<int>();
            var status = point["status"]!.GetValue<string>();
            if (year < late.Start - 1)
            {
                status.ShouldBe("GAP");
                point["value"].ShouldBeNull("a year without a report is a gap, never zero");
                point["count"]!.GetValue<int>().ShouldBe(0);
            }
            else if (year == late.Start - 1)
            {
                status.ShouldBe("DERIVED");
                point["value"]!.GetValue<decimal>().ShouldBe(stated.Amount!.Value - stated.ChangeAmount!.Value);
                point["changeAmount"].ShouldBeNull();
            }
            else
            {
                status.ShouldBe("REPORTED");
                point["value"]!.GetValue<decimal>().ShouldBe(accounts[year].ExpenditureTotal!.Value);
            }
        }
        var derivedValue = stated.Amount!.Value - stated.ChangeAmount!.Value;
        var lastValue = accounts[last].ExpenditureTotal!.Value;
        trend["cagrFromYear"]!.GetValue<int>().ShouldBe(late.Start - 1);
        trend["cagrToYear"]!.GetValue<int>().ShouldBe(last);
        trend["cagrUsesDerived"]!.GetValue<bool>().ShouldBeTrue();
        var cagr = (Math.Pow((double)(lastValue / derivedValue), 1.0 / (last - late.Start + 1)) - 1) * 100;
        trend["cagrPercent"]!.GetValue<decimal>().ShouldBe((decimal)Math.Round(cagr, 2), 0.011m);
    }

    [Fact]
    public async Task Changes_per_year_are_differences_of_consecutive_points()
    {
        var data = await api.Client.DataAsync("""
            query($from: Int!, $to: Int!) { trend(metric: PERSONNEL_EXPENSES, fromYear: $from, toYear: $to, where: {unit: {kind: {eq: "行政单位"}}}) {
                points { year value status count changeAmount changePercent } } }
            """, new { from = DemoSnapshots.Options.FirstYear, to = DemoSnapshots.Options.FinalYear });

        using var db = DemoApi.Open();
        var sums = FlatFacts.Of(db, "PERSONNEL_EXPENSES").Where(f => f.Unit.Kind == "行政单位")
            .GroupBy(f => f.Year).ToDictionary(g => g.Key, g => (Sum: g.Sum(f => f.Amount), Count: g.Count()));
        var points = data["trend"]!["points"]!.AsArray();
        decimal? previous = null;
        foreach (var point in points)
        {
            var year = point!["year"]!.GetValue<int>();
            point["status"]!.GetValue<string>().ShouldBe("REPORTED");
            point["value"]!.GetValue<decimal>().ShouldBe(sums[year].Sum);
            point["count"]!.GetValue<int>().ShouldBe(sums[year].Count);
            ((decimal?)point["changeAmount"]?.GetValue<decimal>()).ShouldBe(sums[year].Sum - previous);
            if (previous is { } p)
                point["changePercent"]!.GetValue<decimal>().ShouldBe(Math.Round((sums[year].Sum - p) * 100m / p, 2, MidpointRounding.AwayFromZero));
            else
                point["changeAmount"].ShouldBeNull();
            previous = sums[year].Sum;
        }
    }

    [Fact]
    public async Task A_group_trend_derives_the_year_before_the_first_reports_and_leaves_earlier_years_null()
    {
        var first = DemoSnapshots.Options.FirstYear;
        var data = await api.Client.DataAsync($$"""
            { trend(metric: INCOME_TOTAL, fromYear: {{first - 3}}, toYear: {{first}}) { cagrPercent {{Points}} } }
            """);

        using var db = DemoApi.Open();
        var firstFigures = db.Figures.Where(f => f.Year == first && f.Metric == Metric.IncomeTotal && f.PreviousYearAmount != null).AsEnumerable().ToList();
        var points = data["trend"]!["points"]!.AsArray();
        points.Select(p => p!["status"]!.GetValue<string>()).ShouldBe(["GAP", "GAP", "DERIVED", "REPORTED"]);
        points.Take(2).ShouldAllBe(p => p!["value"] == null);
        points[2]!["value"]!.GetValue<decimal>().ShouldBe(firstFigures.Sum(f => f.Amount!.Value - f.ChangeAmount!.Value));
        points[2]!["count"]!.GetValue<int>().ShouldBe(firstFigures.Count);
    }

    [Fact]
    public async Task Expenditure_by_category_is_never_derived()
    {
        var first = DemoSnapshots.Options.FirstYear;
        var data = await api.Client.DataAsync("""
            query($from: Int!, $to: Int!) { trend(metric: CATEGORY_EXPENDITURE, fromYear: $from, toYear: $to, expenditureWhere: {category: {code: {eq: "208"}}}) {
                points { year value status count changeAmount changePercent } } }
            """, new { from = first - 1, to = first + 1 });

        using var db = DemoApi.Open();
        var facts = FlatFacts.Of(db, "CATEGORY_EXPENDITURE").Where(f => f.Category!.Code == "208").ToList();
        var points = data["trend"]!["points"]!.AsArray();
        points.Select(p => p!["status"]!.GetValue<string>()).ShouldBe(["GAP", "REPORTED", "REPORTED"]);
        points[0]!["value"].ShouldBeNull();
        points[1]!["value"]!.GetValue<decimal>().ShouldBe(facts.Where(f => f.Year == first).Sum(f => f.Amount));
    }
}
