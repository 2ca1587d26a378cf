using System.Text.RegularExpressions;
using FinalAccounts.Api.Tests.Fixtures;
using FinalAccounts.Api.Tests.Support;

namespace FinalAccounts.Api.Tests.RealReport;

/// <summary>The real report's data-quality findings, its derived values, and privacy, through the API.</summary>
public sealed partial class RealReportQualityTests(RealReportApi api) : IClassFixture<RealReportApi>
{
    [Fact]
    public async Task The_four_errors_of_the_report_are_served_as_findings()
    {
        var data = await api.Client.DataAsync("""{ dataQualityFindings(where: {severity: {eq: ERROR}}, order: [{rule: ASC}]) { totalCount nodes { rule subject expected actual line provenance document { fileName } } } }""");

        var findings = data["dataQualityFindings"]!["nodes"]!.AsArray();
        data["dataQualityFindings"]!["totalCount"]!.GetValue<int>().ShouldBe(4);
        findings.ShouldAllBe(f => f!["provenance"]!.GetValue<string>() == "REPORTED" && f["line"] != null);
        var byRule = findings.ToDictionary(f => f!["rule"]!.GetValue<string>());
        (byRule["STATED_PERCENT"]!["expected"]!.GetValue<decimal>(), byRule["STATED_PERCENT"]!["actual"]!.GetValue<decimal>()).ShouldBe((18.8m, 19.4m));
        byRule["INDICATOR_WEIGHTS_SUM"]!["actual"]!.GetValue<decimal>().ShouldBe(190m);
        (byRule["INDICATOR_SCORE_EXCEEDS_WEIGHT"]!["expected"]!.GetValue<decimal>(), byRule["INDICATOR_SCORE_EXCEEDS_WEIGHT"]!["actual"]!.GetValue<decimal>()).ShouldBe((15m, 20m));
        byRule["INDICATOR_MISSED_TARGET_FULL_SCORE"]!["subject"]!.GetValue<string>().ShouldContain("服务对象满意度");
    }

    [Fact]
    public async Task The_rounding_difference_is_a_hint_not_an_error()
    {
        var data = await api.Client.DataAsync("{ dataQualityFindings(where: {severity: {eq: ROUNDING_HINT}}) { nodes { expected actual } } }");

        var hint = data["dataQualityFindings"]!["nodes"]!.AsArray().Single()!;
        Math.Abs(hint["expected"]!.GetValue<decimal>() - hint["actual"]!.GetValue<decimal>()).ShouldBe(0.01m);
    }

    [Fact]
    public async Task A_derived_previous_year_value_is_marked_derived_and_its_stated_sources_reported()
    {
        var data = await api.Client.DataAsync("""
            { finalAccounts { nodes { figure(metric: INCOME_TOTAL) { amount changeAmount previousYearAmount provenance line } } }
              __type(name: "Figure") { fields { name description } } }
            """);

        var figure = data["finalAccounts"]!["nodes"]![0]!["figure"]!;
        figure["previousYearAmount"]!.GetValue<decimal>().ShouldBe(803.50m);
        figure["provenance"]!.GetValue<string>().ShouldBe("REPORTED");
        var description = data["__type"]!["fields"]!.AsArray().Single(f => f!["name"]!.GetValue<string>() == "previousYearAmount")!["description"]!.GetValue<string>();
        description.ShouldStartWith("Derived, not reported");
        // The report never becomes evidence for 2020: no account exists for the year it only mentions through a change.
        var years = await api.Client.DataAsync("{ fiscalYears { nodes { year } } }");
        years["fiscalYears"]!["nodes"]!.AsArray().Select(y => y!["year"]!.GetValue<int>()).ShouldBe([2021]);
    }

    [Fact]
    public async Task Real_data_round_trips_through_node_ids()
    {
        var data = await api.Client.DataAsync("{ finalAccounts { nodes { id unit { id } performanceProjects { id indicators { id } } findings { id } document { id } } } }");

        var ids = new List<string>();
        void Collect(System.Text.Json.Nodes.JsonNode? node)
        {
            switch (node)
            {
                case System.Text.Json.Nodes.JsonObject o:
                    foreach (var (name, value) in o)
                        if (name == "id") ids.Add(value!.GetValue<string>()); else Collect(value);
                    break;
                case System.Text.Json.Nodes.JsonArray a:
                    foreach (var item in a) Collect(item);
                    break;
            }
        }
        Collect(data);
        ids.Count.ShouldBeGreaterThan(10);

        var back = await api.Client.DataAsync("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", new { ids });
        back["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>()).ShouldBe(ids);
    }

    [GeneratedRegex(@"(?<![0-9])1[3-9][0-9]{9}(?![0-9])")]
    private static partial Regex MobileNumber();

    [Fact]
    public async Task No_project_contact_person_or_phone_is_reachable()
    {
        // The names and numbers are read from the report here, so they are never written into the repository.
        var personal = File.ReadLines(Path.Combine(RepositoryPaths.Reports, "wanzhou-party-govt-info-center-2021.txt"))
            .Where(line => line.Contains("项目联系人", StringComparison.Ordinal))
            .SelectMany(line => CellsAfter(line, "项目联系人").Concat(CellsAfter(line, "联系电话")))
            .Where(cell => cell.Length >= 2)
            .Distinct()
            .ToList();
        personal.Count.ShouldBeGreaterThanOrEqualTo(6);

        var body = (await api.Client.PostAsync("""
            { units { nodes { name contactPhone purpose duties { text } divisions { name duties } } }
              performanceProjects(first: 100) { nodes { name supervisingDepartment financeOffice initialGoal adjustedGoal achievedGoal indicators { name valueText } } }
              dataQualityFindings(first: 100) { nodes { subject message } }
              finalAccounts { nodes { performanceConclusion figures { reason } expenditures { reason } procurement { purpose } } }
              sourceDocuments { nodes { title fileName } } }
            """)).Body.ToJsonString();

        body.ShouldContain("023-58258372");
        foreach (var value in personal)
            body.Contains(value, StringComparison.Ordinal).ShouldBeFalse("a project contact person or phone is served");
        MobileNumber().IsMatch(body).ShouldBeFalse();
    }

    private static IEnumerable<string> CellsAfter(string line, string label)
    {
        var cells = line.Split('\t').Select(c => c.Trim()).ToList();
        var at = cells.IndexOf(label);
        if (at >= 0 && at + 1 < cells.Count && cells[at + 1].Length > 0) yield return cells[at + 1];
    }
}
