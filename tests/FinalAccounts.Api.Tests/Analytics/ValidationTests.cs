namespace FinalAccounts.Api.Tests.Analytics;

/// <summary>Every analytics argument is checked: a clear message and a stable extensions.code, never a partial answer or a silent fix.</summary>
public sealed class ValidationTests(DemoApi api) : IClassFixture<DemoApi>
{
    public static TheoryData<string, string, string> Invalid => new()
    {
        { "{ aggregate(metric: INCOME_TOTAL, groupBy: []) { sum } }", "EMPTY_GROUP_BY", "groupBy" },
        { "{ aggregate(metric: INCOME_TOTAL, groupBy: [YEAR, YEAR]) { sum } }", "DUPLICATE_DIMENSION", "YEAR" },
        { "{ aggregate(metric: INCOME_TOTAL, groupBy: [CATEGORY]) { sum } }", "DIMENSION_NOT_APPLICABLE", "CATEGORY_EXPENDITURE" },
        { "{ aggregate(metric: TRAINING_FEES, groupBy: [BUDGET_SOURCE]) { sum } }", "DIMENSION_NOT_APPLICABLE", "BUDGET_SOURCE" },
        { "{ aggregate(metric: INCOME_TOTAL, groupBy: [YEAR], expenditureWhere: {amount: {gt: 1}}) { sum } }", "FILTER_NOT_APPLICABLE", "expenditureWhere" },
        { "{ aggregate(metric: INCOME_TOTAL, groupBy: [REGION], order: [{changeAmount: DESC}]) { sum } }", "SORT_NOT_APPLICABLE", "YEAR" },
        { "{ aggregate(metric: INCOME_TOTAL, groupBy: [YEAR], first: 101) { sum } }", "PAGE_SIZE_EXCEEDED", "101" },
        { "{ aggregate(metric: INCOME_TOTAL, groupBy: [YEAR], first: -1) { sum } }", "INVALID_LIMIT", "first" },
        { "{ aggregate(metric: INCOME_TOTAL, groupBy: [YEAR], after: \"bm90IGEgY3Vyc29y\") { sum } }", "INVALID_CURSOR", "cursor" },
        { "{ aggregate(metric: INCOME_TOTAL, groupBy: [YEAR], where: {nope: {eq: 1}}) { sum } }", "ARGUMENTS_OF_CORRECT_TYPE", "nope" },
        { "{ budgetExecution(groupBy: []) { actual } }", "EMPTY_GROUP_BY", "groupBy" },
        { "{ budgetExecution(first: 1000) { actual } }", "PAGE_SIZE_EXCEEDED", "1000" },
        { "{ series(metric: INCOME_TOTAL, seriesBy: [YEAR]) { years } }", "DIMENSION_NOT_APPLICABLE", "x axis" },
        { "{ series(metric: INCOME_TOTAL, top: 101) { years } }", "PAGE_SIZE_EXCEEDED", "101" },
        { "{ series(metric: INCOME_TOTAL, top: 0) { years } }", "INVALID_LIMIT", "top" },
        { "{ series(metric: INCOME_TOTAL, fromYear: 2024, toYear: 2020) { years } }", "INVALID_YEAR_RANGE", "fromYear" },
        { "{ trend(metric: INCOME_TOTAL, fromYear: 2024, toYear: 2020) { fromYear } }", "INVALID_YEAR_RANGE", "2024" },
        { "{ trend(metric: INCOME_TOTAL, fromYear: 1900, toYear: 2024) { fromYear } }", "INVALID_YEAR_RANGE", "at most 50" },
        { "{ trend(metric: INCOME_TOTAL, unit: \"RmluYWxBY2NvdW50OngtMjAyMQ==\", fromYear: 2020, toYear: 2024) { fromYear } }", "INVALID_ID", "Unit" },
        { "{ trend(metric: CATEGORY_EXPENDITURE, fromYear: 2020, toYear: 2024, groupBy: [YEAR]) { fromYear } }", "KNOWN_ARGUMENT_NAMES", "groupBy" },
        { "{ ranking(metric: INCOME_TOTAL, year: 2024, by: CHANGE_AMOUNT) { rankedCount } }", "BASE_YEAR_REQUIRED", "compareWith" },
        { "{ ranking(metric: INCOME_TOTAL, year: 2024, compareWith: 2024, by: CHANGE_PERCENT) { rankedCount } }", "INVALID_YEAR_RANGE", "compareWith" },
        { "{ ranking(metric: INCOME_TOTAL, year: 2024, top: 500) { rankedCount } }", "PAGE_SIZE_EXCEEDED", "500" },
        { "{ ranking(metric: INCOME_TOTAL, year: 2024, top: 0) { rankedCount } }", "INVALID_LIMIT", "top" },
        { "{ ranking(metric: INCOME_TOTAL, year: 2024, expenditureWhere: {amount: {gt: 1}}) { rankedCount } }", "FILTER_NOT_APPLICABLE", "CATEGORY_EXPENDITURE" },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public async Task Bad_arguments_give_a_clear_error_with_a_stable_code(string query, string code, string mentioned)
    {
        var response = await api.Client.PostAsync(query);

        response.FirstErrorCode.ShouldBe(code, response.Body.ToJsonString());
        response.Errors!.Count.ShouldBe(1);
        response.Errors[0]!["message"]!.GetValue<string>().ShouldContain(mentioned);
        response.Body.ToJsonString().ShouldNotContain("StackTrace");
        ((int)response.Status).ShouldBeLessThan(500);
    }

    [Fact]
    public async Task An_unknown_metric_is_rejected_before_anything_runs_and_the_message_names_the_enum()
    {
        var response = await api.Client.PostAsync("{ aggregate(metric: INCOME_TOTALS, groupBy: [YEAR]) { sum } }");

        response.Data.ShouldBeNull();
        response.FirstErrorCode.ShouldBe("ARGUMENTS_OF_CORRECT_TYPE");
        response.Errors![0]!["message"]!.GetValue<string>().ShouldContain("AnalyticsMetric");
    }

    [Fact]
    public async Task An_unknown_metric_in_a_variable_is_rejected_with_the_variable_code()
    {
        var response = await api.Client.PostAsync("query($m: AnalyticsMetric!) { aggregate(metric: $m, groupBy: [YEAR]) { sum } }", new { m = "NOT_A_METRIC" });

        response.Data.ShouldBeNull();
        response.FirstErrorCode.ShouldBe("INVALID_VALUE");
        response.Errors![0]!["message"]!.GetValue<string>().ShouldContain("AnalyticsMetric");
    }

    [Fact]
    public async Task A_page_size_error_says_what_was_asked_and_what_is_allowed()
    {
        var response = await api.Client.PostAsync("{ aggregate(metric: INCOME_TOTAL, groupBy: [YEAR], first: 250) { sum } }");

        var extensions = response.Errors![0]!["extensions"]!;
        extensions["requestedItems"]!.GetValue<int>().ShouldBe(250);
        extensions["maxAllowedItems"]!.GetValue<int>().ShouldBe(100);
    }
}
