using System.Security.Cryptography;
using System.Text;
using Bogus;

namespace FinalAccounts.Synthetic.Generation;

/// <summary>
/// Generates the final accounts of a fictional municipality: <see cref="DemoOptions.Units"/> units over
/// <see cref="DemoOptions.Years"/> years, unit by unit, as a stream, so a demo of any size is never held
/// in memory. Each unit depends only on the seed and its ordinal; each report's change against the
/// previous year agrees with the previous generated report of the same unit.
/// </summary>
public sealed class DemoGenerator
{
    /// <summary>
    /// The fixed instant Bogus reads as "now", so nothing generated depends on the day it runs. It is set
    /// on each faker (Bogus's scoped clock) rather than on the global static clock, which would leak into
    /// everything else in the process.
    /// </summary>
    public static readonly DateTime Clock = new(2025, 6, 30, 0, 0, 0, DateTimeKind.Utc);

    private readonly UnitBlueprintFaker blueprints;

    public DemoGenerator(DemoOptions options)
    {
        options.Validate();
        Options = options;
        blueprints = new UnitBlueprintFaker(options.Seed, options.FirstYear, options.FinalYear);
    }

    public DemoOptions Options { get; }

    /// <summary>Every unit-year, unit by unit, years ascending.</summary>
    public IEnumerable<SyntheticReport> Generate()
    {
        for (var ordinal = 0; ordinal < Options.Units; ordinal++)
            foreach (var report in GenerateUnit(ordinal))
                yield return report;
    }

    /// <summary>How many reports <see cref="Generate"/> yields (units report only in their active years), without generating them.</summary>
    public int CountReports()
    {
        var count = 0;
        for (var ordinal = 0; ordinal < Options.Units; ordinal++)
        {
            var unit = blueprints.Generate(ordinal);
            count += unit.LastYear - unit.FirstYear + 1;
        }
        return count;
    }

    /// <summary>The reports of one unit, years ascending; the same for a given seed whatever the number of units.</summary>
    public IEnumerable<SyntheticReport> GenerateUnit(int ordinal)
    {
        var unit = blueprints.Generate(ordinal);
        var faker = new Faker { Random = new Randomizer(SeedSequence.Derive(Options.Seed, 2, ordinal)), DateTimeReference = Clock };
        var previous = AccountSimulator.Initial(unit, unit.FirstYear - 1, faker.Random);
        while (previous.Year < unit.LastYear)
        {
            var current = AccountSimulator.Next(previous, unit, faker.Random);
            var fileName = $"demo-{Options.Seed}-u{ordinal:D5}-{current.Year}.txt";
            var report = ReportAssembler.Assemble(unit, current, previous, faker, fileName, Sha256Of(fileName));
            var defects = new List<InjectedDefect>();
            if (faker.Random.Double() < Options.DefectRate && DefectInjector.Inject(report, faker) is { } defect) defects.Add(defect);
            yield return new SyntheticReport(report, ordinal, defects);
            previous = current;
        }
    }

    /// <summary>A synthetic report has no published file; its document hash is taken over its generator coordinates, which are unique and stable.</summary>
    private static string Sha256Of(string coordinates) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("FinalAccounts.Synthetic/" + coordinates)));
}
