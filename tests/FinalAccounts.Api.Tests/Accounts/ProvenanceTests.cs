using FinalAccounts.Api.Tests.Fixtures;

namespace FinalAccounts.Api.Tests.Accounts;

/// <summary>Values say whether they are reported, derived or synthetic, and where they come from.</summary>
public sealed class ProvenanceTests(FixtureApi api) : IClassFixture<FixtureApi>
{
    [Fact]
    public async Task Synthetic_rows_say_so_everywhere()
    {
        // Indicators come from their own list: nested under projects under 100 accounts they would pass the cost limit.
        var data = await api.Client.DataAsync("""
            { finalAccounts(first: 100) { nodes { provenance figures { provenance } expenditures { provenance } } }
              performanceIndicators(first: 100) { nodes { provenance project { provenance } } }
              snapshot { kind } }
            """);

        data["snapshot"]!["kind"]!.GetValue<string>().ShouldBe("DEMO");
        var values = data["finalAccounts"]!["nodes"]!.AsArray().SelectMany(a => new[] { a!["provenance"] }
            .Concat(a["figures"]!.AsArray().Select(f => f!["provenance"]))
            .Concat(a["expenditures"]!.AsArray().Select(e => e!["provenance"])))
            .Concat(data["performanceIndicators"]!["nodes"]!.AsArray().SelectMany(i => new[] { i!["provenance"], i["project"]!["provenance"] }))
            .Select(v => v!.GetValue<string>()).Distinct().ToList();

        values.ShouldBe(["SYNTHETIC"]);
    }

    [Fact]
    public async Task Derived_previous_year_amounts_are_the_amount_minus_the_stated_change()
    {
        var data = await api.Client.DataAsync("{ figures(first: 100, where: {changeAmount: {neq: null}}) { nodes { amount changeAmount previousYearAmount document { fileName } line } } }");

        var figures = data["figures"]!["nodes"]!.AsArray();
        figures.Count.ShouldBeGreaterThan(10);
        foreach (var figure in figures)
        {
            figure!["previousYearAmount"]!.GetValue<decimal>().ShouldBe(figure["amount"]!.GetValue<decimal>() - figure["changeAmount"]!.GetValue<decimal>());
            figure["document"]!["fileName"]!.GetValue<string>().ShouldEndWith(".txt");
            figure["line"]!.GetValue<int>().ShouldBeGreaterThan(0);
        }
    }

    [Fact]
    public async Task Rows_link_to_their_source_document_and_back()
    {
        var document = api.Data.Documents[5];
        var id = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes("SourceDocument:" + document.Id));

        var data = await api.Client.DataAsync("""
            query($id: ID!) { node(id: $id) { ... on SourceDocument { fileName sha256 unit { key } findings { key document { key } } } } }
            """, new { id });

        data["node"]!["fileName"]!.GetValue<string>().ShouldBe(document.FileName);
        data["node"]!["unit"]!["key"]!.GetValue<string>().ShouldBe(document.UnitId);
        data["node"]!["findings"]!.AsArray().Select(f => f!["key"]!.GetValue<string>())
            .ShouldBe(api.Data.Findings.Where(f => f.DocumentId == document.Id).Select(f => f.Id).Order(StringComparer.Ordinal));
    }
}
