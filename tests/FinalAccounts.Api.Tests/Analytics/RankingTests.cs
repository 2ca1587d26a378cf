namespace FinalAccounts.Api.Tests.Analytics;

/// <summary>Top and bottom units by a metric in a year or by its change between two years, against the same ranking done in C#.</summary>
public sealed class RankingTests(DemoApi api) : IClassFixture<DemoApi>
{
    /// <summary>Ties in percent must break as in SQL, which divides the stored integers.</summary>
    private static long Millionths(decimal amount) => (long)(amount * 1_000_000m);

    private const string Entries = "rankedCount entries { rank unit { key name } value baseValue changeAmount changePercent }";

    [Fact]
    public async Task Top_units_by_value_in_a_year()
    {
        var data = await api.Client.DataAsync($"{{ ranking(metric: OPERATING_EXPENSES, year: 2023, top: 5) {{ year by direction {Entries} }} }}");

        using var db = DemoApi.Open();
        var expected = FlatFacts.Of(db, "OPERATING_EXPENSES").Where(f => f.Year == 2023)
            .OrderByDescending(f => f.Amount).ThenBy(f => f.Unit.Name, StringComparer.Ordinal).ToList();
        var ranking = data["ranking"]!;
        ranking["by"]!.GetValue<string>().ShouldBe("VALUE");
        ranking["direction"]!.GetValue<string>().ShouldBe("TOP");
        ranking["rankedCount"]!.GetValue<int>().ShouldBe(expected.Count);
        var entries = ranking["entries"]!.AsArray();
        entries.Select(e => (e!["unit"]!["key"]!.GetValue<string>(), e["value"]!.GetValue<decimal>())).ShouldBe(expected.Take(5).Select(f => (f.Unit.Id, f.Amount)));
        entries.Select(e => e!["rank"]!.GetValue<int>()).ShouldBe([1, 2, 3, 4, 5]);
        entries.ShouldAllBe(e => e!["baseValue"] == null && e["changeAmount"] == null);
    }

    [Theory]
    [InlineData("CHANGE_AMOUNT", "TOP")]
    [InlineData("CHANGE_AMOUNT", "BOTTOM")]
    [InlineData("CHANGE_PERCENT", "TOP")]
    [InlineData("CHANGE_PERCENT", "BOTTOM")]
    public async Task Units_by_their_change_between_two_years(string by, string direction)
    {
        var data = await api.Client.DataAsync($"{{ ranking(metric: TRAINING_FEES, year: 2024, compareWith: 2021, by: {by}, direction: {direction}, top: 8) {{ compareWith {Entries} }} }}");

        using var db = DemoApi.Open();
        var facts = FlatFacts.Of(db, "TRAINING_FEES");
        var now = facts.Where(f => f.Year == 2024).ToDictionary(f => f.Unit.Id);
        var then = facts.Where(f => f.Year == 2021).ToDictionary(f => f.Unit.Id);
        var changes = now.Values.Where(f => then.ContainsKey(f.Unit.Id) && (by == "CHANGE_AMOUNT" || then[f.Unit.Id].Amount != 0))
            .Select(f => (f.Unit, Value: f.Amount, Base: then[f.Unit.Id].Amount, Measure: by == "CHANGE_AMOUNT"
                ? (double)(f.Amount - then[f.Unit.Id].Amount)
                : (double)Millionths(f.Amount - then[f.Unit.Id].Amount) / Millionths(then[f.Unit.Id].Amount)))
            .ToList();
        var ordered = (direction == "TOP" ? changes.OrderByDescending(c => c.Measure) : changes.OrderBy(c => c.Measure))
            .ThenBy(c => c.Unit.Name, StringComparer.Ordinal).Take(8).ToList();

        var ranking = data["ranking"]!;
        ranking["compareWith"]!.GetValue<int>().ShouldBe(2021);
        ranking["rankedCount"]!.GetValue<int>().ShouldBe(changes.Count);
        var entries = ranking["entries"]!.AsArray();
        entries.Select(e => e!["unit"]!["key"]!.GetValue<string>()).ShouldBe(ordered.Select(c => c.Unit.Id));
        for (var i = 0; i < entries.Count; i++)
        {
            var (value, baseValue) = (ordered[i].Value, ordered[i].Base);
            entries[i]!["value"]!.GetValue<decimal>().ShouldBe(value);
            entries[i]!["baseValue"]!.GetValue<decimal>().ShouldBe(baseValue);
            entries[i]!["changeAmount"]!.GetValue<decimal>().ShouldBe(value - baseValue);
            ((decimal?)entries[i]!["changePercent"]?.GetValue<decimal>()).ShouldBe(
                baseValue == 0 ? null : Math.Round((value - baseValue) * 100m / baseValue, 2, MidpointRounding.AwayFromZero));
        }
    }
}
