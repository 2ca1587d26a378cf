using System.Text.Json.Nodes;
using FinalAccounts.Api.Tests.Fixtures;
using FinalAccounts.Api.Tests.Support;
using GraphQL;
using GraphQL.Types;

namespace FinalAccounts.Api.Tests.Web;

/// <summary>
/// An export holds exactly what its GraphQL field serves: the same rows in the same order for the same
/// where/order, and the same values (ids, enums by name, exact decimals) in the columns the field has.
/// Checked over the fixture snapshot (20 units × 4 years, ties and missing values).
/// </summary>
public sealed class ExportEquivalenceTests(FixtureApi api) : IClassFixture<FixtureApi>
{
    private static readonly ISchema Schema = SchemaFactory.Create();

    /// <summary>Every root list of entities in the schema.</summary>
    /// <summary>Root connections of entities: `where` and `order` name the same entity (XFilterInput, [XSortInput!]) and the field pages.</summary>
    private static readonly IReadOnlyList<string> ListNames = Schema.Query.Fields
        .Where(f => f.Arguments?.Find("first") is not null
            && f.Arguments.Find("where")?.ResolvedType?.GetNamedType().Name is { } where && where.EndsWith("FilterInput", StringComparison.Ordinal)
            && f.Arguments.Find("order")?.ResolvedType?.GetNamedType().Name == where[..^"FilterInput".Length] + "SortInput")
        .Select(f => f.Name).ToList();

    public static TheoryData<string> Lists() => new(ListNames);

    [Fact]
    public async Task The_index_offers_every_root_list_of_the_schema()
    {
        var index = await ExportIndex.GetAsync(api.Factory.CreateClient());
        var offered = index.Where(l => !l.Computed).Select(l => l.Name).ToList();
        offered.ShouldBe(ListNames);
        // Every other connection of the query root is offered as a computed list.
        var connections = Schema.Query.Fields
            .Where(f => f.Arguments?.Find("after") is not null && f.ResolvedType?.GetNamedType() is IComplexGraphType t && t.GetField("nodes") is not null)
            .Select(f => f.Name).Except(ListNames).ToList();
        index.Where(l => l.Computed).Select(l => l.Name).ShouldBe(connections);
        offered.ShouldContain("finalAccounts");
        offered.ShouldContain("figures");
    }

    [Theory]
    [MemberData(nameof(Lists))]
    public async Task Json_and_csv_exports_equal_the_graphql_list_row_for_row(string list)
    {
        var http = api.Factory.CreateClient();
        var index = (await ExportIndex.GetAsync(http)).Single(l => l.Name == list);
        var (selection, expectations) = Selection(index);

        var expected = await GraphQLList.AllAsync(api.Client, list, index.Entity!, selection);
        var json = await ExportDownload.GetAsync(http, $"/export/{list}.json");
        json.Status.ShouldBe(System.Net.HttpStatusCode.OK, json.Text);
        var rows = json.Json.AsArray();
        rows.Count.ShouldBe(expected.Count);
        rows.Count.ShouldBeGreaterThan(0, $"the fixture has {list}");

        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i]!.AsObject();
            row.Select(p => p.Key).ShouldBe(index.Columns, "JSON keys are the columns, in order");
            foreach (var (column, read) in expectations)
                Text(row[column]).ShouldBe(Text(read(expected[i])), $"{list}[{i}].{column}");
        }

        var csv = (await ExportDownload.GetAsync(http, $"/export/{list}.csv")).CsvRows;
        csv.Select(r => r["key"]).ShouldBe(rows.Select(r => r!["key"]!.GetValue<string>()));
        for (var i = 0; i < csv.Count; i++)
            foreach (var column in index.Columns)
                csv[i][column].ShouldBe(CsvText(rows[i]![column]), $"{list}[{i}].{column} in CSV");
    }

    public static TheoryData<string, string, string?, string?> Cases() => new()
    {
        { "figures", "Figure", """{"metric":{"in":["INCOME_TOTAL","EXPENDITURE_TOTAL"]},"amount":{"gt":100}}""", """[{"amount":"DESC"}]""" },
        { "figures", "Figure", """{"changePercent":{"neq":null}}""", """[{"changePercent":"ASC"},{"year":"DESC"}]""" },
        { "finalAccounts", "FinalAccount", """{"unit":{"region":{"eq":"重庆市万州区"}}}""", """[{"unit":{"name":"ASC"}},{"year":"DESC"}]""" },
        { "finalAccounts", "FinalAccount", """{"or":[{"year":{"eq":2019}},{"threePublicTotal":{"eq":null}}]}""", null },
        { "expenditures", "Expenditure", """{"category":{"inCodebook":{"eq":true}},"budgetSource":{"eq":"GENERAL_PUBLIC_BUDGET"}}""", """[{"category":{"code":"DESC"}},{"amount":"ASC"}]""" },
        { "units", "Unit", """{"name":{"contains":"中心"}}""", """[{"supervisingDepartment":"DESC"}]""" },
        { "units", "Unit", """{"finalAccounts":{"some":{"year":{"eq":2022}}}}""", """[{"name":"DESC"}]""" },
        { "procurements", "Procurement", null, """[{"total":"DESC"},{"unit":{"name":"ASC"}}]""" },
        { "performanceIndicators", "PerformanceIndicator", """{"score":{"lt":14}}""", """[{"project":{"totalScore":"ASC"}}]""" },
        { "sourceDocuments", "SourceDocument", """{"missingSections":{"neq":""}}""", """[{"year":"ASC"},{"fileName":"DESC"}]""" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Where_and_order_select_and_sort_as_the_graphql_field_does(string list, string entity, string? where, string? order)
    {
        var expected = (await GraphQLList.AllAsync(api.Client, list, entity, "key", where, order)).Select(r => r["key"]!.GetValue<string>()).ToList();
        expected.Count.ShouldBeGreaterThan(0, "a case that selects nothing tests nothing");

        var http = api.Factory.CreateClient();
        var json = await ExportDownload.GetAsync(http, $"/export/{list}.json", where, order);
        json.Status.ShouldBe(System.Net.HttpStatusCode.OK, json.Text);
        json.Json.AsArray().Select(r => r!["key"]!.GetValue<string>()).ToList().ShouldBe(expected);

        var csv = await ExportDownload.GetAsync(http, $"/export/{list}.csv", where, order);
        csv.CsvRows.Select(r => r["key"]).ToList().ShouldBe(expected);

        var firstThree = await ExportDownload.GetAsync(http, $"/export/{list}.json", where, order, "first=3");
        firstThree.Json.AsArray().Select(r => r!["key"]!.GetValue<string>()).ToList().ShouldBe(expected.Take(3).ToList());
    }

    /// <summary>The GraphQL selection that reads every column the type serves, and how to read each column from a node.</summary>
    private static (string Selection, List<(string Column, Func<JsonObject, JsonNode?> Read)> Expectations) Selection(ExportIndex index)
    {
        var type = (IComplexGraphType)Schema.AllTypes[index.Entity!]!;
        var fields = type.Fields.ToDictionary(f => f.Name);
        var selection = new List<string>();
        var expectations = new List<(string, Func<JsonObject, JsonNode?>)>();
        foreach (var column in index.Columns)
        {
            if (fields.TryGetValue(column, out var field) && field.ResolvedType!.GetNamedType() is ScalarGraphType)
            {
                selection.Add(column);
                expectations.Add((column, node => node[column]));
            }
            else if (column.EndsWith("Id", StringComparison.Ordinal) && fields.ContainsKey(column[..^2]))
            {
                var relation = column[..^2];
                selection.Add($"{relation} {{ id }}");
                expectations.Add((column, node => node[relation]?["id"]));
            }
            else if (column is "document" or "documentSha256")
            {
                var path = fields.ContainsKey("document") ? new[] { "document" } : ["project", "document"];
                var leaf = column == "document" ? "fileName" : "sha256";
                selection.Add(path.Length == 1 ? $"document {{ {leaf} }}" : $"project {{ document {{ {leaf} }} }}");
                expectations.Add((column, node => path.Aggregate((JsonNode?)node, (n, p) => n?[p])?[leaf]));
            }
            else
            {
                var relation = fields.Keys.Where(k => column.StartsWith(k, StringComparison.Ordinal) && column.Length > k.Length && char.IsUpper(column[k.Length]))
                    .OrderByDescending(k => k.Length).FirstOrDefault();
                relation.ShouldNotBeNull($"column {column} of {index.Name} is neither a field nor a parent's name");
                var leaf = char.ToLowerInvariant(column[relation.Length]) + column[(relation.Length + 1)..];
                selection.Add($"{relation} {{ {leaf} }}");
                expectations.Add((column, node => node[relation]?[leaf]));
            }
        }
        return (string.Join(' ', selection), expectations);
    }

    private static string Text(JsonNode? node) => node?.ToJsonString() ?? "null";

    /// <summary>A JSON value as the CSV writes it: text unquoted, numbers with all their digits, null empty.</summary>
    private static string CsvText(JsonNode? node) => node switch
    {
        null => "",
        JsonValue value when value.GetValueKind() == System.Text.Json.JsonValueKind.String => value.GetValue<string>(),
        _ => node.ToJsonString(),
    };
}
