using FinalAccounts.Api.Tests.Support;
using FinalAccounts.Synthetic.Demo;
using FinalAccounts.Synthetic.Generation;
using Microsoft.Data.Sqlite;

namespace FinalAccounts.Api.Tests.Search;

/// <summary>search(query) over a generated demo snapshot: many units and years, texts that repeat, deep paging.</summary>
public sealed class DemoSearchTests(DemoSearchTests.DemoApi api) : IClassFixture<DemoSearchTests.DemoApi>
{
    /// <summary>A server over a small demo snapshot built by the real demo builder, with its search oracle.</summary>
    public sealed class DemoApi : IDisposable
    {
        private readonly string _folder = Directory.CreateTempSubdirectory("finalaccounts-search-demo-").FullName;

        public DemoApi()
        {
            var path = Path.Combine(_folder, "demo.db");
            DemoSnapshot.Build(path, new DemoOptions(Units: 40, Years: 3, Seed: 5));
            Oracle = new SearchOracle(path);
            Factory = new ApiFactory(path);
            Client = Factory.CreateGraphQLClient();
        }

        public SearchOracle Oracle { get; }

        public ApiFactory Factory { get; }

        public GraphQLClient Client { get; }

        public void Dispose()
        {
            Factory.Dispose();
            SqliteConnection.ClearAllPools();
            try { Directory.Delete(_folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    [Fact]
    public void The_demo_snapshot_has_texts_of_every_kind()
    {
        api.Oracle.All.Select(h => h.Split(' ')[0]).Distinct().Order()
            .ShouldBe(["DATA_QUALITY_FINDING", "DIVISION", "EXPENDITURE", "FIGURE", "FINAL_ACCOUNT", "PERFORMANCE_PROJECT", "PROCUREMENT", "UNIT", "UNIT_DUTY"]);
    }

    [Fact]
    public async Task Pieces_of_one_to_six_characters_of_any_text_find_exactly_the_texts_that_contain_them()
    {
        var random = new Random(42);
        for (var i = 0; i < 60; i++)
        {
            var query = api.Oracle.Piece(random, 1 + i % 6);
            if (query.Trim().Length == 0) continue;
            var expected = api.Oracle.Hits(query);

            var data = await api.Client.DataAsync(SearchHits.PageQuery, new { query, first = 100 });

            var search = data["search"]!;
            search["totalCount"]!.GetValue<int>().ShouldBe(expected.Count, $"«{query}»");
            search["nodes"]!.AsArray().Select(n => SearchHits.Key(n!)).ShouldBe(expected.Take(100), $"«{query}»");
        }
    }

    [Theory]
    [InlineData("项", 100)]
    [InlineData("项目", 37)]
    [InlineData("运行维护", 60)]
    public async Task Paging_through_many_hits_returns_each_once_in_rank_order(string query, int pageSize)
    {
        var expected = api.Oracle.Hits(query);
        expected.Count.ShouldBeGreaterThan(3 * pageSize);

        var (keys, total, _) = await SearchHits.AllAsync(api.Client, query, pageSize);

        keys.ShouldBe(expected);
        total.ShouldBe(expected.Count);
    }

    [Fact]
    public async Task Kinds_filter_many_hits_down_to_the_kinds_asked_for()
    {
        string[] kinds = ["UNIT", "PERFORMANCE_PROJECT", "EXPENDITURE"];
        var expected = api.Oracle.Hits("项", kinds);
        expected.Select(h => h.Split(' ')[0]).Distinct().Count().ShouldBeGreaterThan(1);

        var (keys, total, _) = await SearchHits.AllAsync(api.Client, "项", 50, kinds);

        keys.ShouldBe(expected);
        total.ShouldBe(expected.Count);
    }

    [Fact]
    public async Task Snippets_are_excerpts_of_the_text_with_every_shown_match_highlighted()
    {
        var data = await api.Client.DataAsync(SearchHits.PageQuery, new { query = "服务", first = 100 });

        foreach (var hit in data["search"]!["nodes"]!.AsArray())
        {
            var text = hit!["text"]!.GetValue<string>();
            var parts = hit["snippet"]!.AsArray().Select(p => (Text: p!["text"]!.GetValue<string>(), Highlighted: p["highlighted"]!.GetValue<bool>())).ToList();
            var excerpt = string.Concat(parts.Select(p => p.Text));
            parts.Where(p => p.Highlighted).ShouldNotBeEmpty();
            parts.Where(p => p.Highlighted).ShouldAllBe(p => p.Text == "服务");
            parts.Where(p => !p.Highlighted).ShouldAllBe(p => !p.Text.Trim('…').Contains("服务"));
            if (text.Length <= 80) excerpt.ShouldBe(text);
            else text.ShouldContain(excerpt.Trim('…'));
        }
    }
}
