using System.Text;
using FinalAccounts.Api.GraphQL.Conventions;
using FinalAccounts.Api.Tests.Fixtures;

namespace FinalAccounts.Api.Tests.Nodes;

/// <summary>Every entity's global id resolves back to it through node(id), nodes(ids) and the typed lookups.</summary>
public sealed class NodeTests(FixtureApi api) : IClassFixture<FixtureApi>
{
    /// <summary>One row of every entity type, by type name and raw key.</summary>
    private IReadOnlyDictionary<string, string> Samples => new Dictionary<string, string>
    {
        ["SnapshotInfo"] = api.Data.Snapshot.Id,
        ["SourceDocument"] = api.Data.Documents[3].Id,
        ["Unit"] = api.Data.Units[5].Id,
        ["UnitDuty"] = api.Data.Duties[7].Id,
        ["Division"] = api.Data.Divisions[2].Id,
        ["FiscalYear"] = "2021",
        ["FinalAccount"] = api.Data.Accounts[9].Id,
        ["Figure"] = api.Data.Figures[11].Id,
        ["ExpenseCategory"] = api.Data.Categories[4].Id,
        ["Expenditure"] = api.Data.Expenditures[13].Id,
        ["Procurement"] = api.Data.Procurements[6].Id,
        ["PerformanceProject"] = api.Data.Projects[8].Id,
        ["PerformanceIndicator"] = api.Data.Indicators[15].Id,
        ["DataQualityFinding"] = api.Data.Findings[1].Id,
    };

    private static string Id(string type, string key) => Convert.ToBase64String(Encoding.UTF8.GetBytes(type + ":" + key));

    [Fact]
    public void The_samples_cover_every_entity_type()
    {
        Samples.Keys.Order().ShouldBe(EntityCatalog.Shared.Entities.Select(e => e.TypeName).Order());
    }

    [Fact]
    public async Task Node_of_an_id_is_the_object_with_that_id()
    {
        foreach (var (type, key) in Samples)
        {
            var id = Id(type, key);
            var data = await api.Client.DataAsync("query($id: ID!) { node(id: $id) { __typename id } }", new { id });

            data["node"]!["__typename"]!.GetValue<string>().ShouldBe(type);
            data["node"]!["id"]!.GetValue<string>().ShouldBe(id);
        }
    }

    [Fact]
    public async Task Ids_read_from_objects_resolve_back_to_them()
    {
        var data = await api.Client.DataAsync("{ finalAccounts(first: 3) { nodes { id key unit { id key } figures { id key } } } }");

        foreach (var account in data["finalAccounts"]!["nodes"]!.AsArray())
        {
            foreach (var node in new[] { account!, account!["unit"]! }.Concat(account!["figures"]!.AsArray().Select(f => f!)))
            {
                var back = await api.Client.DataAsync("query($id: ID!) { node(id: $id) { id ... on FinalAccount { key } ... on Unit { key } ... on Figure { key } } }",
                    new { id = node["id"]!.GetValue<string>() });
                back["node"]!["key"]!.GetValue<string>().ShouldBe(node["key"]!.GetValue<string>());
            }
        }
    }

    [Fact]
    public async Task Nodes_returns_objects_in_order_with_null_for_missing_ones()
    {
        var ids = Samples.Select(s => Id(s.Key, s.Value)).Append(Id("Unit", "no-such-unit")).ToArray();

        var data = await api.Client.DataAsync("query($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }", new { ids });

        var nodes = data["nodes"]!.AsArray();
        nodes.Count.ShouldBe(ids.Length);
        for (var i = 0; i < ids.Length - 1; i++)
            nodes[i]!["id"]!.GetValue<string>().ShouldBe(ids[i]);
        nodes[^1].ShouldBeNull();
    }

    [Fact]
    public async Task Typed_lookups_find_their_type_only()
    {
        var unit = api.Data.Units[2];
        var account = api.Data.Accounts[4];

        var data = await api.Client.DataAsync("query($u: ID!, $a: ID!) { unit(id: $u) { name } finalAccount(id: $a) { year } wrong: unit(id: $a) { name } }",
            new { u = Id("Unit", unit.Id), a = Id("FinalAccount", account.Id) });

        data["unit"]!["name"]!.GetValue<string>().ShouldBe(unit.Name);
        data["finalAccount"]!["year"]!.GetValue<int>().ShouldBe(account.Year);
        data["wrong"].ShouldBeNull();
    }

    [Fact]
    public async Task A_malformed_id_is_an_error_with_a_code()
    {
        var response = await api.Client.PostAsync("""{ node(id: "%%%") { id } }""");

        response.FirstErrorCode.ShouldBe("INVALID_ID");
    }
}
