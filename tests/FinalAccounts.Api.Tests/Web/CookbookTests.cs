using System.Text.Json.Nodes;
using FinalAccounts.Api.Tests.Fixtures;
using FinalAccounts.Api.Web.Cookbook;

namespace FinalAccounts.Api.Tests.Web;

/// <summary>Every cookbook recipe answers its question on the real report: the query runs, finds rows, and selects every column and chart value it shows.</summary>
public sealed class CookbookTests(RealReportApi api) : IClassFixture<RealReportApi>
{
    public static TheoryData<string> RecipeIds() => new(Recipes.All.Select(r => r.Id));

    [Fact]
    public void The_cookbook_has_at_least_twelve_recipes_with_chinese_and_english_labels()
    {
        Recipes.All.Count.ShouldBeGreaterThanOrEqualTo(12);
        Recipes.All.Select(r => r.Id).ShouldBeUnique();
        foreach (var recipe in Recipes.All)
        {
            recipe.Id.ShouldMatch("^[a-z0-9-]+$");
            foreach (var label in new[] { recipe.Title, recipe.Question }.Concat(recipe.Columns.Select(c => c.Label)))
            {
                label.Zh.ShouldNotBeNullOrWhiteSpace(recipe.Id);
                label.En.ShouldNotBeNullOrWhiteSpace(recipe.Id);
            }
            recipe.Query.ShouldStartWith("# ", customMessage: $"{recipe.Id}: the query states its question in a comment, for GraphiQL");
        }
        Recipes.All.Count(r => r.Chart?.Kind == ChartKind.Line).ShouldBeGreaterThanOrEqualTo(2, "trends are drawn as lines");
        Recipes.All.Count(r => r.Chart?.Kind == ChartKind.Bar).ShouldBeGreaterThanOrEqualTo(5, "breakdowns are drawn as bars");
    }

    [Theory]
    [MemberData(nameof(RecipeIds))]
    public async Task The_recipe_runs_on_the_real_report_and_selects_what_it_shows(string id)
    {
        var recipe = Recipes.Find(id)!;
        var variables = recipe.Variables is null ? null : JsonNode.Parse(recipe.Variables)!.AsObject();

        var data = await api.Client.DataAsync(recipe.Query, variables);

        var rows = At(data, recipe.Rows).ShouldBeOfType<JsonArray>($"{id}: `{recipe.Rows}` is a list");
        rows.Count.ShouldBeGreaterThan(0, $"{id} finds rows in the real report");
        var paths = recipe.Columns.Select(c => c.Path).ToList();
        var pointPaths = new List<string>();
        if (recipe.Chart is { } chart)
        {
            // With Points, x and the values are read from each point of a row; otherwise from the row.
            (chart.Points is null ? paths : pointPaths).AddRange([chart.X, .. chart.Series.Select(s => s.Y), .. new[] { chart.XSuffix }.OfType<string>()]);
            paths.AddRange(new[] { chart.GroupBy, chart.Points }.OfType<string>());
        }
        foreach (var row in rows)
        {
            foreach (var path in paths)
                Selected(row!, path).ShouldBeTrue($"{id}: `{path}` is not selected by the query");
            if (recipe.Chart?.Points is { } points)
                foreach (var point in At(row, points).ShouldBeOfType<JsonArray>())
                    foreach (var path in pointPaths)
                        Selected(point!, path).ShouldBeTrue($"{id}: `{points}.{path}` is not selected by the query");
        }
    }

    [Theory]
    [MemberData(nameof(RecipeIds))]
    public async Task The_recipes_download_is_the_same_list(string id)
    {
        var recipe = Recipes.Find(id)!;
        if (recipe.Export is not { } export) return; // nested rows: no single list to download

        var csv = await ExportDownload.GetAsync(api.Factory.CreateClient(), $"/export/{export.List}.csv", export.Where, export.Order);

        csv.Status.ShouldBe(System.Net.HttpStatusCode.OK, csv.Text);
        recipe.Rows.ShouldStartWith(export.List + ".nodes", customMessage: "the recipe's rows are the exported list");
        var data = await api.Client.DataAsync(recipe.Query);
        csv.CsvRows.Count.ShouldBeGreaterThanOrEqualTo(((JsonArray)At(data, recipe.Rows)!).Count);
    }

    private static JsonNode? At(JsonNode? node, string path)
    {
        foreach (var part in path.Split('.'))
            node = int.TryParse(part, out var index) ? node?.AsArray()[index] : node?[part];
        return node;
    }

    /// <summary>The path's keys are in the result (a value may be null; a null parent ends the path).</summary>
    private static bool Selected(JsonNode row, string path)
    {
        JsonNode? node = row;
        foreach (var part in path.Split('.'))
        {
            if (node is null) return true;
            if (node is not JsonObject obj || !obj.ContainsKey(part)) return false;
            node = obj[part];
        }
        return true;
    }
}
