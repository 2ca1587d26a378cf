using FinalAccounts.Api.GraphQL.Conventions;
using FinalAccounts.Data.Entities;
using FinalAccounts.Data.Storage;

namespace FinalAccounts.Api.Tests.Analytics;

/// <summary>A unit without reports for two years in the middle: the later year is derived from the year after, the earlier stays null.</summary>
public sealed class GapTests(GapsApi api) : IClassFixture<GapsApi>
{
    [Fact]
    public async Task Missing_years_are_derived_when_the_next_report_states_the_change_and_null_otherwise()
    {
        var gap = DemoSnapshots.Gap;
        var data = await api.Client.DataAsync($$"""
            query($unit: ID) { trend(metric: EXPENDITURE_TOTAL, unit: $unit, fromYear: {{DemoSnapshots.Options.FirstYear}}, toYear: {{DemoSnapshots.Options.FinalYear}}) {
                points { year value status changeAmount changePercent } } }
            """, new { unit = GlobalId.Format("Unit", gap.UnitId) });

        using var db = SnapshotFile.OpenReadOnly(DemoSnapshots.Gaps);
        var after = db.Figures.Single(f => f.UnitId == gap.UnitId && f.Year == gap.DerivedYear + 1 && f.Metric == Metric.ExpenditureTotal);
        var points = data["trend"]!["points"]!.AsArray().ToDictionary(p => p!["year"]!.GetValue<int>());

        points[gap.GapYear]!["status"]!.GetValue<string>().ShouldBe("GAP");
        points[gap.GapYear]!["value"].ShouldBeNull();
        points[gap.GapYear]!["changeAmount"].ShouldBeNull();
        points[gap.DerivedYear]!["status"]!.GetValue<string>().ShouldBe("DERIVED");
        points[gap.DerivedYear]!["value"]!.GetValue<decimal>().ShouldBe(after.Amount!.Value - after.ChangeAmount!.Value);
        points[gap.DerivedYear]!["changeAmount"].ShouldBeNull("the year before it is a gap");
        points[gap.DerivedYear + 1]!["status"]!.GetValue<string>().ShouldBe("REPORTED");
        points[gap.DerivedYear + 1]!["changeAmount"]!.GetValue<decimal>().ShouldBe(after.ChangeAmount!.Value);
    }

    [Fact]
    public async Task A_series_of_the_unit_has_nulls_not_zeros_for_the_missing_years()
    {
        var gap = DemoSnapshots.Gap;
        var data = await api.Client.DataAsync("""
            query($unit: [ID!]) { series(metric: EXPENDITURE_TOTAL, seriesBy: [UNIT], where: {unit: {id: {in: $unit}}}) { years series { values } } }
            """, new { unit = new[] { GlobalId.Format("Unit", gap.UnitId) } });

        var years = data["series"]!["years"]!.AsArray().Select(y => y!.GetValue<int>()).ToList();
        var values = data["series"]!["series"]!.AsArray().ShouldHaveSingleItem()!["values"]!.AsArray();
        values[years.IndexOf(gap.GapYear)].ShouldBeNull();
        values[years.IndexOf(gap.DerivedYear)].ShouldBeNull("a series shows reported sums only");
        values.Count(v => v is null).ShouldBe(2);
    }
}
