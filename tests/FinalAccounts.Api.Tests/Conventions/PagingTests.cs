using System.Net;
using FinalAccounts.Api.Tests.Fixtures;

namespace FinalAccounts.Api.Tests.Conventions;

/// <summary>Relay paging: default and maximum page sizes, argument errors with stable codes, cursors.</summary>
public sealed class PagingTests(FixtureApi api) : IClassFixture<FixtureApi>
{
    [Fact]
    public async Task The_default_page_has_ten_rows()
    {
        var data = await api.Client.DataAsync("{ finalAccounts { nodes { key } edges { cursor node { key } } pageInfo { hasNextPage hasPreviousPage } } }");

        var page = data["finalAccounts"]!;
        page["nodes"]!.AsArray().Count.ShouldBe(10);
        page["edges"]!.AsArray().Select(e => e!["node"]!["key"]!.GetValue<string>())
            .ShouldBe(page["nodes"]!.AsArray().Select(n => n!["key"]!.GetValue<string>()));
        page["pageInfo"]!["hasNextPage"]!.GetValue<bool>().ShouldBeTrue();
        page["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>().ShouldBeFalse();
    }

    [Fact]
    public async Task A_hundred_rows_is_the_maximum_page()
    {
        var data = await api.Client.DataAsync("{ expenditures(first: 100) { nodes { key } } }");

        data["expenditures"]!["nodes"]!.AsArray().Count.ShouldBe(100);
    }

    [Theory]
    [InlineData("first", 101)]
    [InlineData("last", 250)]
    public async Task A_larger_page_is_an_error_with_code_and_sizes(string argument, int size)
    {
        var response = await api.Client.PostAsync($"{{ expenditures({argument}: {size}) {{ nodes {{ key }} }} }}");

        response.Status.ShouldBe(HttpStatusCode.OK);
        response.FirstErrorCode.ShouldBe("PAGE_SIZE_EXCEEDED");
        var extensions = response.Errors![0]!["extensions"]!;
        extensions["requestedItems"]!.GetValue<int>().ShouldBe(size);
        extensions["maxAllowedItems"]!.GetValue<int>().ShouldBe(100);
        response.Errors[0]!["path"]!.AsArray().Single()!.GetValue<string>().ShouldBe("expenditures");
        response.Data!["expenditures"].ShouldBeNull();
    }

    [Theory]
    [InlineData("first: 2, last: 2")]
    [InlineData("first: -1")]
    [InlineData("last: -3")]
    public async Task Contradictory_or_negative_sizes_are_errors(string arguments)
    {
        var response = await api.Client.PostAsync($"{{ units({arguments}) {{ nodes {{ key }} }} }}");

        response.FirstErrorCode.ShouldBe("INVALID_PAGING_ARGUMENTS");
        response.Errors![0]!["message"]!.GetValue<string>().ShouldNotBeNullOrWhiteSpace();
    }

    [Theory]
    [InlineData("not a cursor")]
    [InlineData("WyJ4Il0=")]          // ["x"]: one value where the sort has two
    [InlineData("WzEsMl0=")]          // [1,2]: numbers where the keys are text
    public async Task A_cursor_that_does_not_fit_the_sort_is_an_error(string cursor)
    {
        var response = await api.Client.PostAsync($$"""{ units(first: 2, after: "{{cursor}}", order: [{name: ASC}]) { totalCount } }""");

        response.FirstErrorCode.ShouldBe("INVALID_CURSOR");
    }

    [Fact]
    public async Task A_cursor_holding_an_amount_no_column_holds_is_an_invalid_cursor()
    {
        const string cursor = "WyI5OTk5OTk5OTk5OTk5OSIsImsiXQ=="; // ["99999999999999","k"]

        var response = await api.Client.PostAsync($$"""{ finalAccounts(first: 2, after: "{{cursor}}", order: [{expenditureTotal: DESC}]) { nodes { key } } }""");

        response.FirstErrorCode.ShouldBe("INVALID_CURSOR");
    }

    [Fact]
    public async Task A_page_of_zero_rows_is_empty_but_says_more_follow()
    {
        var data = await api.Client.DataAsync("{ units(first: 0) { nodes { key } pageInfo { hasNextPage startCursor endCursor } } }");

        data["units"]!["nodes"]!.AsArray().ShouldBeEmpty();
        data["units"]!["pageInfo"]!["hasNextPage"]!.GetValue<bool>().ShouldBeTrue();
        data["units"]!["pageInfo"]!["startCursor"].ShouldBeNull();
    }

    [Fact]
    public async Task Pages_after_and_before_a_cursor_meet_at_it()
    {
        var first = await api.Client.DataAsync("{ units(first: 5, order: [{region: DESC}]) { edges { cursor node { key } } } }");
        var edges = first["units"]!["edges"]!.AsArray();
        var middle = edges[2]!["cursor"]!.GetValue<string>();

        var data = await api.Client.DataAsync(
            "query($c: String) { before: units(last: 2, before: $c, order: [{region: DESC}]) { nodes { key } } after: units(first: 2, after: $c, order: [{region: DESC}]) { nodes { key } } }",
            new { c = middle });

        data["before"]!["nodes"]!.AsArray().Select(n => n!["key"]!.GetValue<string>())
            .ShouldBe(edges.Take(2).Select(e => e!["node"]!["key"]!.GetValue<string>()));
        data["after"]!["nodes"]!.AsArray().Select(n => n!["key"]!.GetValue<string>())
            .ShouldBe(edges.Skip(3).Select(e => e!["node"]!["key"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Connection_types_are_named_from_the_field()
    {
        var data = await api.Client.DataAsync("{ units(first: 1) { __typename edges { __typename } } fiscalYears(first: 1) { __typename } }");

        data["units"]!["__typename"]!.GetValue<string>().ShouldBe("UnitsConnection");
        data["units"]!["edges"]![0]!["__typename"]!.GetValue<string>().ShouldBe("UnitsEdge");
        data["fiscalYears"]!["__typename"]!.GetValue<string>().ShouldBe("FiscalYearsConnection");
    }
}
