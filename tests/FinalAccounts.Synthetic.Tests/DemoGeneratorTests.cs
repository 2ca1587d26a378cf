using FinalAccounts.Data.Codebooks;
using FinalAccounts.Data.Entities;
using FinalAccounts.Synthetic.Generation;
using FinalAccounts.Synthetic.Tests.Support;

namespace FinalAccounts.Synthetic.Tests;

/// <summary>What a generated demo looks like: deterministic, plausible, and consistent from year to year.</summary>
public sealed class DemoGeneratorTests
{
    [Fact]
    public void Same_seed_and_sizes_give_identical_reports()
    {
        var options = new DemoOptions(Units: 40, Years: 5, Seed: 7);

        var first = new DemoGenerator(options).Generate().Select(r => ReportCanon.Of(r.Report) + string.Join(";", r.Defects)).ToList();
        var second = new DemoGenerator(options).Generate().Select(r => ReportCanon.Of(r.Report) + string.Join(";", r.Defects)).ToList();

        second.ShouldBe(first);
    }

    [Fact]
    public void A_different_seed_gives_different_reports()
    {
        var a = new DemoGenerator(new DemoOptions(5, 2, Seed: 1)).Generate().Select(r => ReportCanon.Of(r.Report)).ToList();
        var b = new DemoGenerator(new DemoOptions(5, 2, Seed: 2)).Generate().Select(r => ReportCanon.Of(r.Report)).ToList();

        b.ShouldNotBe(a);
    }

    [Fact]
    public void A_unit_is_the_same_whatever_the_number_of_units_generated()
    {
        var small = new DemoGenerator(new DemoOptions(Units: 10, Years: 4, Seed: 42)).GenerateUnit(7).Select(r => ReportCanon.Of(r.Report));
        var large = new DemoGenerator(new DemoOptions(Units: 2000, Years: 4, Seed: 42)).GenerateUnit(7).Select(r => ReportCanon.Of(r.Report));

        large.ShouldBe(small);
    }

    [Fact]
    public void The_report_count_is_known_before_generating()
    {
        var generator = new DemoGenerator(new DemoOptions(Units: 120, Years: 8, Seed: 3));

        generator.CountReports().ShouldBe(generator.Generate().Count());
    }

    [Fact]
    public void Each_change_against_the_previous_year_agrees_with_the_previous_generated_report()
    {
        var compared = 0;
        foreach (var unit in SampleReports.All.GroupBy(r => r.UnitOrdinal))
        {
            foreach (var (previous, current) in unit.Zip(unit.Skip(1)))
            {
                current.Report.Year.ShouldBe(previous.Report.Year + 1);
                foreach (var (metric, figure) in current.Report.Figures)
                {
                    if (figure.ChangeAmount is null || previous.Report[metric]?.Amount is not { } before) continue;
                    if (previous.Defects.Any(d => d.Subject == nameof(Metric.ProcurementTotal)) && metric == Metric.ProcurementGoods) continue;
                    figure.PreviousYearAmount.ShouldBe(before, $"{current.Report.FileName} {metric}");
                    compared++;
                }
            }
        }
        compared.ShouldBeGreaterThan(10_000);
    }

    [Fact]
    public void Amounts_have_exactly_two_decimals_and_are_never_negative()
    {
        foreach (var report in SampleReports.All.Select(r => r.Report))
        {
            var amounts = report.Figures.Values.Select(f => f.Amount).Concat(report.Categories.Select(c => c.Amount))
                .Concat(report.Projects.SelectMany(p => new[] { p.AdjustedBudget, p.Executed, p.InitialBudget }));
            foreach (var amount in amounts.OfType<decimal>())
            {
                amount.Scale.ShouldBe((byte)2, report.FileName);
                amount.ShouldBeGreaterThanOrEqualTo(0m, report.FileName);
            }
        }
    }

    [Fact]
    public void Units_appear_and_stop_reporting_in_some_years()
    {
        var spans = SampleReports.All.GroupBy(r => r.UnitOrdinal)
            .Select(g => (First: g.Min(r => r.Report.Year!.Value), Last: g.Max(r => r.Report.Year!.Value))).ToList();
        var options = SampleReports.Options;

        spans.ShouldContain(s => s.First > options.FirstYear, "some units start reporting later");
        spans.ShouldContain(s => s.Last < options.FinalYear, "some units stop reporting");
        spans.Count(s => s.First == options.FirstYear && s.Last == options.FinalYear).ShouldBeGreaterThan(spans.Count / 2);
    }

    [Fact]
    public void Totals_change_with_occasional_spikes()
    {
        var changes = SampleReports.All.Select(r => r.Report[Metric.IncomeTotal]!.ChangePercent!.Value).ToList();

        changes.ShouldContain(p => p > 200m, "a spike like the real report's +765.6%");
        changes.ShouldContain(p => p < 0m, "falls");
        changes.Count(p => Math.Abs(p) < 30m).ShouldBeGreaterThan(changes.Count / 2, "most years move moderately");
    }

    [Fact]
    public void Categories_come_from_the_codebook_with_the_main_one_first_in_weight()
    {
        var reports = SampleReports.All.Select(r => r.Report).ToList();
        foreach (var report in reports)
        foreach (var category in report.Categories)
            FunctionalClassification.Match(category.StatedName).ShouldNotBeNull(category.StatedName);

        var largest = reports.Select(r => FunctionalClassification.Match(r.Categories.MaxBy(c => c.Amount)!.StatedName)!.Code).ToList();
        largest.Distinct().Count().ShouldBeGreaterThan(8, "departments spend mainly on different functions");
        reports.Count(r => r.Categories.Any(c => FunctionalClassification.Match(c.StatedName)!.Code == "208"))
            .ShouldBe(reports.Count, "every unit pays pensions (208)");
    }

    [Fact]
    public void Both_unit_kinds_and_several_funding_types_occur()
    {
        var profiles = SampleReports.All.Select(r => r.Report.Unit).ToList();

        profiles.Select(p => p.Kind).Distinct().ShouldBe(["行政单位", "事业单位"], ignoreOrder: true);
        profiles.Select(p => p.FundingType).OfType<string>().Distinct().Count().ShouldBeGreaterThanOrEqualTo(2);
        profiles.Select(p => p.SupervisingDepartment).Distinct().Count().ShouldBeGreaterThan(20);
    }

    [Fact]
    public void Indicator_weights_sum_to_100_and_scores_stay_within_weights_unless_a_defect_says_otherwise()
    {
        foreach (var generated in SampleReports.All.Where(r => r.Defects.Count == 0))
        foreach (var project in generated.Report.Projects)
        {
            project.Indicators.Sum(i => i.Weight).ShouldBe(100m, project.Name);
            project.Indicators.ShouldAllBe(i => i.Score <= i.Weight);
            project.TotalScore.ShouldBe(project.Indicators.Sum(i => i.Score));
        }
    }

    [Fact]
    public void Defects_are_injected_at_about_the_chosen_rate_and_of_every_kind()
    {
        var all = SampleReports.All;
        var defective = all.Count(r => r.Defects.Count > 0);

        ((double)defective / all.Count).ShouldBeInRange(0.015, 0.05);
        all.SelectMany(r => r.Defects).Select(d => d.Kind).Distinct().Count().ShouldBe(Enum.GetValues<DefectKind>().Length);
    }

    [Fact]
    public void Options_that_make_no_sense_are_refused()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => new DemoGenerator(new DemoOptions(0, 10, 1)));
        Should.Throw<ArgumentOutOfRangeException>(() => new DemoGenerator(new DemoOptions(10, 0, 1)));
        Should.Throw<ArgumentOutOfRangeException>(() => new DemoGenerator(new DemoOptions(10, 10, 1) { DefectRate = 2 }));
    }
}
