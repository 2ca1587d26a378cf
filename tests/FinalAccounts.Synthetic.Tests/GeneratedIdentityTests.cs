using FinalAccounts.Data.Entities;
using FinalAccounts.Ingest.Checks;
using FinalAccounts.Synthetic.Generation;
using FinalAccounts.Synthetic.Tests.Support;

namespace FinalAccounts.Synthetic.Tests;

/// <summary>The identity checks of the ingest find nothing in generated reports but the defects put there on purpose.</summary>
public sealed class GeneratedIdentityTests
{
    [Fact]
    public void The_checks_find_exactly_the_injected_defects_in_every_unit_year()
    {
        var mismatches = new List<string>();
        foreach (var generated in SampleReports.All)
        {
            var found = IdentityChecks.Check(generated.Report).Select(f => $"{f.Rule} {f.Severity} {f.Subject}").Order().ToList();
            var injected = generated.Defects.Select(d => $"{d.Rule} {Severity.Error} {d.Subject}").Order().ToList();
            if (!found.SequenceEqual(injected))
                mismatches.Add($"{generated.Report.FileName}: found [{string.Join("; ", found)}], injected [{string.Join("; ", injected)}]");
        }

        mismatches.ShouldBeEmpty(string.Join(Environment.NewLine, mismatches.Take(20)));
    }

    [Fact]
    public void Without_defects_a_whole_demo_is_clean()
    {
        var options = new DemoOptions(Units: 200, Years: 10, Seed: 99) { DefectRate = 0 };

        var findings = new DemoGenerator(options).Generate().SelectMany(r => IdentityChecks.Check(r.Report)).ToList();

        findings.ShouldBeEmpty(string.Join(Environment.NewLine, findings.Take(10)));
    }

    [Fact]
    public void Every_defect_kind_is_found_by_the_rule_it_names()
    {
        var byKind = SampleReports.All.SelectMany(r => r.Defects.Select(d => (r.Report, Defect: d)))
            .GroupBy(x => x.Defect.Kind).ToDictionary(g => g.Key, g => g.First());

        byKind.Keys.ShouldBe(Enum.GetValues<DefectKind>(), ignoreOrder: true);
        foreach (var (kind, (report, defect)) in byKind)
        {
            var finding = IdentityChecks.Check(report).ShouldHaveSingleItem(kind.ToString());
            finding.Rule.ShouldBe(defect.Rule);
            finding.Actual.ShouldBe(defect.Stated, kind.ToString());
        }
    }
}
