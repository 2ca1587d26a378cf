using FinalAccounts.Data.Entities;
using FinalAccounts.Synthetic.Generation;
using FinalAccounts.Synthetic.Tests.Support;

namespace FinalAccounts.Synthetic.Tests;

/// <summary>Synthetic data can never be mistaken for real data.</summary>
public sealed class SyntheticLabelTests
{
    [Fact]
    public void Every_generated_report_is_synthetic()
    {
        SampleReports.All.ShouldAllBe(r => r.Report.Provenance == Provenance.Synthetic);
    }

    [Fact]
    public void Every_unit_name_carries_the_marker_and_the_fictional_municipality()
    {
        foreach (var unit in SampleReports.All.Select(r => r.Report.Unit))
        {
            unit.Name.ShouldNotBeNull();
            unit.Name.ShouldStartWith(FictionalMunicipality.Marker);
            unit.Name.ShouldContain(FictionalMunicipality.Name);
            unit.Region.ShouldStartWith(FictionalMunicipality.Name);
            unit.SupervisingDepartment.ShouldStartWith(FictionalMunicipality.Name);
        }
    }

    [Fact]
    public void Unit_names_are_unique_per_unit()
    {
        var names = new DemoGenerator(new DemoOptions(Units: 2000, Years: 1, Seed: 42) { FinalYear = 2024 })
            .Generate().GroupBy(r => r.UnitOrdinal).Select(g => g.First().Report.Unit.Name).ToList();

        names.Distinct().Count().ShouldBe(names.Count);
    }

    [Fact]
    public void Contact_lines_are_fictional_and_reports_hold_no_contact_persons()
    {
        foreach (var report in SampleReports.All.Select(r => r.Report))
        {
            report.Unit.ContactPhone.ShouldStartWith("000-", customMessage: "area code 000 does not exist");
            ReportCanon.Of(report).ShouldNotContain("联系人");
        }
    }
}
