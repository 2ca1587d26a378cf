namespace FinalAccounts.Api.Tests.Analytics;

/// <summary>Series for charts: one series per value of a dimension across years, in one query, nulls for gaps.</summary>
public sealed class SeriesTests(DemoApi api) : IClassFixture<DemoApi>
{
    [Fact]
    public async Task One_series_per_category_across_years_with_null_for_years_without_facts()
    {
        var first = DemoSnapshots.Options.FirstYear;
        var last = DemoSnapshots.Options.FinalYear;
        var data = await api.Client.DataAsync($$"""
            { series(metric: CATEGORY_EXPENDITURE, seriesBy: [CATEGORY], fromYear: {{first - 1}}, toYear: {{last}}, top: 100) {
                years seriesCount metric { nameEn }
                series { category { code nameEn } total values points { year value count } }
            } }
            """);

        using var db = DemoApi.Open();
        var facts = FlatFacts.Of(db, "CATEGORY_EXPENDITURE");
        var expected = facts.GroupBy(f => f.Category!.Id)
            .Select(g => (Id: g.Key, Code: g.First().Category!.Code, Total: g.Sum(f => f.Amount), ByYear: g.GroupBy(f => f.Year).ToDictionary(y => y.Key, y => y.Sum(f => f.Amount))))
            .OrderByDescending(s => s.Total).ThenBy(s => s.Code, StringComparer.Ordinal).ThenBy(s => s.Id, StringComparer.Ordinal)
            .ToList();
        var chart = data["series"]!;
        var years = Enumerable.Range(first - 1, last - first + 2).ToList();
        chart["years"]!.AsArray().Select(y => y!.GetValue<int>()).ShouldBe(years);
        chart["seriesCount"]!.GetValue<int>().ShouldBe(expected.Count);
        chart["metric"]!["nameEn"]!.GetValue<string>().ShouldBe("Expenditure by functional category");
        var series = chart["series"]!.AsArray();
        series.Select(s => s!["category"]!["code"]?.GetValue<string>()).ShouldBe(expected.Select(e => e.Code));
        for (var i = 0; i < expected.Count; i++)
        {
            series[i]!["total"]!.GetValue<decimal>().ShouldBe(expected[i].Total);
            var values = series[i]!["values"]!.AsArray().Select(v => v?.GetValue<decimal>()).ToList();
            values.ShouldBe(years.Select(y => expected[i].ByYear.TryGetValue(y, out var v) ? v : (decimal?)null));
            values[0].ShouldBeNull("the year before the demo has no facts: a gap, not zero");
            series[i]!["points"]!.AsArray().Select(p => p!["count"]!.GetValue<int>())
                .ShouldBe(years.Select(y => facts.Count(f => f.Category!.Id == expected[i].Id && f.Year == y)));
        }
    }

    [Fact]
    public async Task Top_keeps_the_largest_series_and_an_empty_series_by_is_one_series_over_everything()
    {
        var data = await api.Client.DataAsync("""
            { top: series(metric: BASIC_EXPENDITURE, seriesBy: [REGION], top: 2) { seriesCount series { region total } }
              all: series(metric: BASIC_EXPENDITURE) { seriesBy series { region unit { name } total values } } }
            """);

        using var db = DemoApi.Open();
        var facts = FlatFacts.Of(db, "BASIC_EXPENDITURE");
        var regions = facts.GroupBy(f => f.Unit.Region).Select(g => (g.Key, Total: g.Sum(f => f.Amount)))
            .OrderByDescending(r => r.Total).ThenBy(r => r.Key, StringComparer.Ordinal).ToList();
        data["top"]!["seriesCount"]!.GetValue<int>().ShouldBe(regions.Count);
        data["top"]!["series"]!.AsArray().Select(s => (s!["region"]?.GetValue<string>(), s["total"]!.GetValue<decimal>())).ShouldBe(regions.Take(2));
        var all = data["all"]!["series"]!.AsArray().ShouldHaveSingleItem()!;
        data["all"]!["seriesBy"]!.AsArray().ShouldBeEmpty();
        all["total"]!.GetValue<decimal>().ShouldBe(facts.Sum(f => f.Amount));
        all["values"]!.AsArray().Select(v => v!.GetValue<decimal>())
            .ShouldBe(facts.GroupBy(f => f.Year).OrderBy(g => g.Key).Select(g => g.Sum(f => f.Amount)));
        all["unit"].ShouldBeNull();
    }
}
