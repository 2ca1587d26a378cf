using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using FinalAccounts.Synthetic.Rendering;
using FinalAccounts.Synthetic.Tests.Support;

namespace FinalAccounts.Synthetic.Tests;

/// <summary>
/// parse ∘ render = identity: synthetic unit-years rendered with random quirks must parse back to every figure
/// that was rendered. ROUNDTRIP_CASES sets the number of cases (default 2,000); ROUNDTRIP_SEED runs one case;
/// a failure names the seeds that reproduce it.
/// </summary>
public sealed partial class RoundTripPropertyTests
{
    private const int DefaultCases = 2000;
    private const int FirstSeed = 1_000_000;

    [Fact]
    public void Rendered_reports_with_random_quirks_parse_back_to_every_rendered_figure()
    {
        var seeds = Environment.GetEnvironmentVariable("ROUNDTRIP_SEED") is { Length: > 0 } one
            ? [int.Parse(one, CultureInfo.InvariantCulture)]
            : Enumerable.Range(FirstSeed, Cases());

        AssertRoundTrips(seeds.Select(RoundTripCase.Random));
    }

    public static TheoryData<string> Quirks() => [.. typeof(RenderQuirks).GetProperties().Where(p => p.PropertyType == typeof(double)).Select(p => p.Name)];

    [Theory]
    [MemberData(nameof(Quirks))]
    public void Each_quirk_alone_parses_back(string quirk)
    {
        var property = typeof(RenderQuirks).GetProperty(quirk)!;
        var quirks = RenderQuirks.None with { };
        property.SetValue(quirks, quirk is nameof(RenderQuirks.BrokenThousands) ? 1.0 : 0.5);
        if (quirk is nameof(RenderQuirks.BrokenThousands)) quirks = quirks with { ThousandsSeparators = 1.0 };

        AssertRoundTrips(Enumerable.Range(FirstSeed, 40).Select(seed => RoundTripCase.With(seed, quirks)));
    }

    [Fact]
    public void Clean_reports_parse_back()
    {
        AssertRoundTrips(Enumerable.Range(FirstSeed, 60).Select(seed => RoundTripCase.With(seed, RenderQuirks.None)));
    }

    private static int Cases() =>
        Environment.GetEnvironmentVariable("ROUNDTRIP_CASES") is { Length: > 0 } text ? int.Parse(text, CultureInfo.InvariantCulture) : DefaultCases;

    private static void AssertRoundTrips(IEnumerable<RoundTripCase> cases)
    {
        var failures = new List<(RoundTripCase Case, IReadOnlyList<string> Differences)>();
        var count = 0;
        foreach (var c in cases)
        {
            count++;
            var differences = c.Run();
            if (differences.Count > 0) failures.Add((c, differences));
        }
        if (failures.Count == 0) return;

        var message = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"{failures.Count} of {count} round trips lost or changed figures. Reproduce one with:")
            .AppendLine(CultureInfo.InvariantCulture, $"  ROUNDTRIP_SEED={failures[0].Case.Seed} dotnet test tests/FinalAccounts.Synthetic.Tests --filter FullyQualifiedName~RoundTripPropertyTests.Rendered_reports");
        foreach (var (c, differences) in failures.Take(10))
        {
            message.AppendLine(c.ToString());
            if (failures.Count == 1)
            {
                var file = Path.Combine(Path.GetTempPath(), $"roundtrip-{c.Seed}.txt");
                File.WriteAllText(file, c.Rendered.Text);
                message.AppendLine("  rendered text: " + file);
            }
            foreach (var d in differences.Take(8)) message.AppendLine("    " + d);
        }
        message.AppendLine("Most frequent differences, each with a seed that shows it:");
        var kinds = failures.SelectMany(f => f.Differences.Select(d => (Kind: Kind(d), f.Case.Seed, Difference: d)))
            .GroupBy(x => x.Kind).OrderByDescending(g => g.Select(x => x.Seed).Distinct().Count()).Take(40);
        foreach (var g in kinds)
            message.AppendLine(CultureInfo.InvariantCulture, $"  {g.Select(x => x.Seed).Distinct().Count(),5} × {g.First().Difference} (seed {g.First().Seed})");
        Assert.Fail(message.ToString());
    }

    /// <summary>What a difference is about, without its values or position: "GeneralBudgetIncome.BudgetChangePercent", "Category.Amount".</summary>
    private static string Kind(string difference) =>
        Position().Replace(difference.Split(':')[0], m => m.Groups["what"].Value + ".");

    [GeneratedRegex(@"(?<what>Category|Project|Indicator) \d+(?: [^.]+)?\.")]
    private static partial Regex Position();
}
