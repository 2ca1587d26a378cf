using FinalAccounts.Data.Entities;
using FinalAccounts.Ingest.Checks;
using FinalAccounts.Ingest.Model;
using FinalAccounts.Synthetic.Generation;
using FsCheck.Xunit;

namespace FinalAccounts.Synthetic.Tests;

/// <summary>Percentages the generator states are rounded exactly as the identity checks round them, for any amounts.</summary>
public sealed class RoundingPropertyTests
{
    /// <summary>Small amounts (a few 万元) hit exact midpoints such as 12.25% often; the rounding must agree on them.</summary>
    [Property(MaxTest = 3000, EndSize = 5000)]
    public bool A_stated_change_percent_passes_the_checks(ushort current, ushort previous)
    {
        var report = NewReport();
        report.Figures[Metric.TrainingFees] = new StatedFigure
        {
            Amount = Money.Wan(current),
            ChangeAmount = Money.Wan((long)current - previous),
            ChangePercent = Money.ChangePercent(current, previous),
        };
        return IdentityChecks.Check(report).Count == 0;
    }

    [Property(MaxTest = 3000, EndSize = 5000)]
    public bool A_stated_share_passes_the_checks(ushort part, ushort rest)
    {
        var report = NewReport();
        report.Figures[Metric.ExpenditureSubtotal] = new StatedFigure { Amount = Money.Wan((long)part + rest) };
        report.Figures[Metric.BasicExpenditure] = new StatedFigure { Amount = Money.Wan(part), SharePercent = Money.SharePercent(part, (long)part + rest) };
        report.Figures[Metric.ProjectExpenditure] = new StatedFigure { Amount = Money.Wan(rest), SharePercent = Money.SharePercent(rest, (long)part + rest) };
        return IdentityChecks.Check(report).Count == 0;
    }

    [Property(MaxTest = 500)]
    public bool Any_seed_gives_unit_years_without_findings(int seed, byte unit)
    {
        var generator = new DemoGenerator(new DemoOptions(Units: unit + 1, Years: 3, Seed: seed) { DefectRate = 0 });
        return generator.GenerateUnit(unit).All(r => IdentityChecks.Check(r.Report).Count == 0);
    }

    private static Report NewReport() => new() { FileName = "property.txt", Sha256 = new string('0', 64), Provenance = Provenance.Synthetic, Year = 2024 };
}
