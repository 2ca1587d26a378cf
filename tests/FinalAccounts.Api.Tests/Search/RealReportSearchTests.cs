using System.Net;
using FinalAccounts.Api.Tests.Fixtures;

namespace FinalAccounts.Api.Tests.Search;

/// <summary>search(query) over the snapshot of the real report: Chinese queries of every length, ranking, paging and kinds.</summary>
public sealed class RealReportSearchTests(RealReportApi api) : IClassFixture<RealReportApi>
{
    private readonly SearchOracle _oracle = new(api.SnapshotPath);

    private const string Unit = "重庆市万州区党政信息中心";

    /// <summary>Each hit with its entity: every searchable field of every kind, to check the hit's text is the entity's.</summary>
    private const string HitsWithNodes = """
        query($query: String!, $first: Int) {
          search(query: $query, first: $first) {
            totalCount
            nodes {
              kind field nodeId year text
              snippet { text highlighted }
              unit { name }
              node {
                __typename id
                ... on Unit { name purpose }
                ... on UnitDuty { text }
                ... on Division { name duties }
                ... on PerformanceProject { name initialGoal adjustedGoal achievedGoal }
                ... on Procurement { purpose }
                ... on FinalAccount { performanceConclusion }
                ... on Figure { reason }
                ... on Expenditure { reason }
                ... on DataQualityFinding { message }
              }
            }
          }
        }
        """;

    [Theory]
    [InlineData("医", new[] { "PERFORMANCE_PROJECT", "PROCUREMENT", "FIGURE" })]
    [InlineData("医疗", new[] { "PERFORMANCE_PROJECT", "PROCUREMENT", "FIGURE" })]
    [InlineData("智慧万州", new[] { "PERFORMANCE_PROJECT", "UNIT_DUTY", "DIVISION", "PROCUREMENT", "FIGURE" })]
    [InlineData("电子政务外网", new[] { "PERFORMANCE_PROJECT", "UNIT_DUTY", "DIVISION" })]
    public async Task Chinese_queries_of_one_two_and_more_characters_find_every_text_that_contains_them_in_rank_order(string query, string[] kinds)
    {
        var data = await api.Client.DataAsync(HitsWithNodes, new { query, first = 100 });

        var search = data["search"]!;
        var hits = search["nodes"]!.AsArray().Select(h => h!).ToList();
        hits.Select(SearchHits.Key).ToList().ShouldBe(_oracle.Hits(query));
        search["totalCount"]!.GetValue<int>().ShouldBe(hits.Count);
        hits.Select(h => h["kind"]!.GetValue<string>()).Distinct().Order().ShouldBe(kinds.Order());
        foreach (var hit in hits)
        {
            var node = hit["node"]!;
            node["id"]!.GetValue<string>().ShouldBe(hit["nodeId"]!.GetValue<string>());
            node[hit["field"]!.GetValue<string>()]!.GetValue<string>().ShouldBe(hit["text"]!.GetValue<string>(), "the hit's text is its entity's field");
            hit["text"]!.GetValue<string>().ShouldContain(query);
            var marked = hit["snippet"]!.AsArray().Where(p => p!["highlighted"]!.GetValue<bool>()).Select(p => p!["text"]!.GetValue<string>()).ToList();
            marked.ShouldNotBeEmpty();
            marked.ShouldAllBe(t => t == query);
            hit["unit"]!["name"]!.GetValue<string>().ShouldBe(Unit);
            var yearly = hit["kind"]!.GetValue<string>() is not ("UNIT" or "UNIT_DUTY" or "DIVISION");
            (hit["year"]?.GetValue<int>()).ShouldBe(yearly ? 2021 : null);
        }
    }

    [Fact]
    public async Task Names_rank_before_duties_and_goals_and_those_before_stated_reasons()
    {
        var data = await api.Client.DataAsync(HitsWithNodes, new { query = "电子政务外网", first = 100 });

        var hits = data["search"]!["nodes"]!.AsArray().Select(h => $"{h!["kind"]!.GetValue<string>()} {h["field"]!.GetValue<string>()}").ToList();
        hits[0].ShouldBe("PERFORMANCE_PROJECT name");
        data["search"]!["nodes"]![0]!["text"]!.GetValue<string>().ShouldBe("电子政务外网维护费");
        hits.IndexOf("UNIT_DUTY text").ShouldBeLessThan(hits.IndexOf("PERFORMANCE_PROJECT initialGoal"));
        hits.IndexOf("DIVISION duties").ShouldBeLessThan(hits.IndexOf("PERFORMANCE_PROJECT achievedGoal"));

        var reasons = await api.Client.DataAsync(HitsWithNodes, new { query = "智慧万州", first = 100 });
        var kinds = reasons["search"]!["nodes"]!.AsArray().Select(h => h!["kind"]!.GetValue<string>()).ToList();
        kinds[0].ShouldBe("PERFORMANCE_PROJECT");
        kinds.LastIndexOf("UNIT_DUTY").ShouldBeLessThan(kinds.IndexOf("FIGURE"));
    }

    [Fact]
    public async Task A_query_without_hits_is_an_empty_connection_not_an_error()
    {
        var data = await api.Client.DataAsync(SearchHits.PageQuery, new { query = "不存在的词语" });

        var search = data["search"]!;
        search["nodes"]!.AsArray().ShouldBeEmpty();
        search["totalCount"]!.GetValue<int>().ShouldBe(0);
        search["pageInfo"]!["hasNextPage"]!.GetValue<bool>().ShouldBeFalse();
        search["pageInfo"]!["startCursor"].ShouldBeNull();
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(7)]
    public async Task Paging_forward_returns_every_hit_once_in_rank_order(int pageSize)
    {
        var expected = _oracle.Hits("万州");
        expected.Count.ShouldBeGreaterThan(15);

        var (keys, total, pages) = await SearchHits.AllAsync(api.Client, "万州", pageSize);

        keys.ShouldBe(expected);
        keys.Distinct().Count().ShouldBe(keys.Count);
        total.ShouldBe(expected.Count);
        pages.ShouldBe((expected.Count + pageSize - 1) / pageSize);
    }

    [Fact]
    public async Task Kinds_keep_only_hits_of_those_kinds_across_pages_and_an_empty_list_keeps_none()
    {
        string[] kinds = ["DIVISION", "FIGURE", "UNIT_DUTY"];
        var (keys, total, _) = await SearchHits.AllAsync(api.Client, "智慧", 2, kinds);

        keys.ShouldBe(_oracle.Hits("智慧", kinds));
        keys.ShouldNotBeEmpty();
        total.ShouldBe(keys.Count);

        var none = await api.Client.DataAsync(SearchHits.PageQuery, new { query = "智慧", kinds = Array.Empty<string>() });
        none["search"]!["nodes"]!.AsArray().ShouldBeEmpty();
        none["search"]!["totalCount"]!.GetValue<int>().ShouldBe(0);
    }

    [Fact]
    public async Task Traditional_and_full_width_forms_find_the_published_text_and_case_does_not_matter()
    {
        (await Keys("智慧醫療")).ShouldBe(await Keys("智慧医疗"));
        (await Keys("（智慧万州子项目）")).ShouldBe(_oracle.Hits("(智慧万州子项目)"));
        (await Keys("(智慧万州子项目)")).ShouldNotBeEmpty();
        (await Keys("score 20 OF")).ShouldBe(await Keys("Score 20 of"));
        (await Keys("  智慧医疗 ")).ShouldBe(await Keys("智慧医疗"));
    }

    [Theory]
    [InlineData("115 + 15 = 190")]
    [InlineData("137.95 / 733.87")]
    [InlineData("(智慧万州子项目)")]
    [InlineData("\"")]
    [InlineData("\"\"\"")]
    [InlineData("医\" OR \"疗")]
    [InlineData("*")]
    [InlineData("医*")]
    [InlineData("智慧:万州")]
    [InlineData("text:智慧")]
    [InlineData("(")]
    [InlineData("(医疗")]
    [InlineData("OR")]
    [InlineData("or")]
    [InlineData("AND")]
    [InlineData("NOT 医疗")]
    [InlineData("医疗 OR 卫生")]
    [InlineData("NEAR(医 疗)")]
    [InlineData("NEAR")]
    [InlineData("^医")]
    [InlineData("-医")]
    [InlineData("+")]
    [InlineData("{text}: 医")]
    [InlineData("'; DROP TABLE unit; --")]
    [InlineData("%")]
    [InlineData("_")]
    [InlineData("\\")]
    [InlineData("\0")]
    [InlineData("医\0疗")]
    [InlineData("\u0001医疗")]
    [InlineData("\ud800")]
    [InlineData("a\ud800b")]
    [InlineData("𠀀")]
    public async Task Query_syntax_and_odd_characters_are_searched_literally(string query)
    {
        var response = await api.Client.PostAsync(SearchHits.PageQuery, new { query, first = 100 });

        response.Status.ShouldBe(HttpStatusCode.OK);
        response.Errors.ShouldBeNull(response.Body.ToJsonString());
        var nodes = response.Data!["search"]!["nodes"]!.AsArray();
        nodes.Select(n => SearchHits.Key(n!)).ToList().ShouldBe(_oracle.Hits(query));
        response.Data!["search"]!["totalCount"]!.GetValue<int>().ShouldBe(nodes.Count);
    }

    [Fact]
    public async Task Characters_that_are_query_syntax_elsewhere_find_the_texts_that_hold_them()
    {
        (await Keys("115 + 15 = 190")).ShouldHaveSingleItem().ShouldStartWith("DATA_QUALITY_FINDING message ");
        (await Keys("(智慧万州子项目)")).Count.ShouldBeGreaterThan(3);
        (await Keys("OR")).ShouldBe(_oracle.Hits("or"));
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("\t\n ")]
    [InlineData("\u3000\u3000")]
    public async Task A_blank_query_is_a_clear_error(string query)
    {
        var response = await api.Client.PostAsync(SearchHits.PageQuery, new { query });

        response.Status.ShouldBe(HttpStatusCode.OK);
        response.FirstErrorCode.ShouldBe("SEARCH_QUERY_EMPTY");
        response.Errors![0]!["message"]!.GetValue<string>().ShouldContain("empty");
        response.Data!["search"].ShouldBeNull();
    }

    [Theory]
    [InlineData(101)]
    [InlineData(10_000)]
    public async Task A_query_longer_than_100_characters_is_a_clear_error(int length)
    {
        var response = await api.Client.PostAsync(SearchHits.PageQuery, new { query = new string('医', length) });

        response.Status.ShouldBe(HttpStatusCode.OK);
        response.FirstErrorCode.ShouldBe("SEARCH_QUERY_TOO_LONG");
        var extensions = response.Errors![0]!["extensions"]!;
        extensions["maxLength"]!.GetValue<int>().ShouldBe(100);
        extensions["length"]!.GetValue<int>().ShouldBe(length);
    }

    [Fact]
    public async Task A_query_of_exactly_100_characters_is_searched()
    {
        (await Keys(new string('医', 100))).ShouldBeEmpty();
        (await Keys(string.Concat(Enumerable.Repeat("𠀀", 100)))).ShouldBeEmpty(); // 100 characters, 200 UTF-16 units
    }

    [Theory]
    [InlineData("not a cursor", false)]
    [InlineData("[1]", true)] // a position outside every field
    [InlineData("[\"ub482421f5957b2a8\"]", true)] // a cursor of `units`
    [InlineData("[1099511627777, 2]", true)]
    public async Task A_cursor_that_is_not_a_search_cursor_is_a_clear_error(string cursor, bool encode)
    {
        var after = encode ? Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(cursor)) : cursor;

        var response = await api.Client.PostAsync(SearchHits.PageQuery, new { query = "万州", after });

        response.FirstErrorCode.ShouldBe("INVALID_CURSOR");
    }

    [Fact]
    public async Task More_than_100_hits_per_page_is_an_error_never_a_silent_clamp()
    {
        var response = await api.Client.PostAsync(SearchHits.PageQuery, new { query = "万州", first = 101 });

        response.FirstErrorCode.ShouldBe("PAGE_SIZE_EXCEEDED");
        response.Errors![0]!["extensions"]!["maxAllowedItems"]!.GetValue<int>().ShouldBe(100);
    }

    [Fact]
    public async Task A_page_is_one_statement_and_its_entities_one_more_per_type()
    {
        const string query = "{ search(query: \"万州\", first: 100) { nodes { kind node { id } unit { name } } } }";
        await api.Client.DataAsync(query);
        api.Factory.Statements.Reset();

        var data = await api.Client.DataAsync(query);

        var types = data["search"]!["nodes"]!.AsArray().Select(n => n!["kind"]!.GetValue<string>()).Append("UNIT").Distinct().Count();
        types.ShouldBeGreaterThan(4);
        api.Factory.Statements.Count.ShouldBe(1 + types, string.Join("\n---\n", api.Factory.Statements.Statements));
    }

    private async Task<List<string>> Keys(string query)
    {
        var data = await api.Client.DataAsync(SearchHits.PageQuery, new { query, first = 100 });
        return data["search"]!["nodes"]!.AsArray().Select(n => SearchHits.Key(n!)).ToList();
    }
}
