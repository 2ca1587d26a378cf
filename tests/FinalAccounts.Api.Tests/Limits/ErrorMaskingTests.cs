using System.Net;
using System.Text.Json.Nodes;
using FinalAccounts.Api.Tests.Limits.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FinalAccounts.Api.Tests.Limits;

/// <summary>
/// No response shows a stack trace, SQL, a file path or an exception type: a failure is a generic message,
/// the code INTERNAL_ERROR and a trace id, and the log holds the full detail under that trace id; bad input
/// of any kind is a client error with its own code.
/// </summary>
public sealed class ErrorMaskingTests : IDisposable
{
    private readonly FailingStatements _failing = new();
    private readonly LimitsServer _server;
    private readonly HttpClient _client;

    public ErrorMaskingTests()
    {
        _server = LimitsServer.With(services: s => s.AddSingleton<IInterceptor>(_failing));
        _client = _server.CreateClient();
    }

    public void Dispose() => _server.Dispose();

    [Theory]
    [InlineData("{ units(first: 2) { nodes { key } } }")]
    [InlineData("{ units(first: 2) { totalCount } }")]
    [InlineData("{ units(first: 2) { nodes { key finalAccounts { key } } } }")]
    [InlineData("query($id: ID!) { node(id: $id) { id } }")]
    public async Task A_failing_statement_is_masked_and_logged_in_full_under_the_trace_id(string query)
    {
        var unit = (await Send.QueryAsync(_client, "{ units(first: 1) { nodes { id } } }")).Body!["data"]!["units"]!["nodes"]![0]!["id"]!.GetValue<string>();
        _failing.Arm();

        var answer = await Send.QueryAsync(_client, query, new JsonObject { ["id"] = unit });

        _failing.Disarm();
        answer.Status.ShouldBeOneOf(HttpStatusCode.OK, HttpStatusCode.InternalServerError);
        LeakCheck.Find(answer.Text).ShouldBeNull(answer.ToString());
        var error = answer.Errors.ShouldNotBeNull(answer.ToString()).ShouldHaveSingleItem()!;
        error["message"]!.GetValue<string>().ShouldBe("An internal error occurred. Quote the traceId when reporting it.");
        error["extensions"]!["code"]!.GetValue<string>().ShouldBe("INTERNAL_ERROR");
        var traceId = error["extensions"]!["traceId"]!.GetValue<string>();
        traceId.ShouldNotBeNullOrWhiteSpace();
        var logged = _server.Logs.Entries.Where(e => e.Level >= LogLevel.Error && e.Message.Contains(traceId, StringComparison.Ordinal)).ShouldHaveSingleItem();
        logged.Exception.ShouldNotBeNull();
        FindSqliteException(logged.Exception).Message.ShouldContain("secret_table");
    }

    [Theory]
    [InlineData("query($v: Decimal) { finalAccounts(where: {incomeTotal: {gt: $v}}) { totalCount } }", "{\"v\":\"abc\"}")]
    [InlineData("query($v: Decimal) { finalAccounts(where: {incomeTotal: {gt: $v}}) { totalCount } }", "{\"v\":1e400}")]
    [InlineData("query($v: Decimal) { finalAccounts(where: {incomeTotal: {gt: $v}}) { totalCount } }", "{\"v\":79228162514264337593543950336}")]
    [InlineData("query($v: Int) { units(first: $v) { totalCount } }", "{\"v\":2147483648}")]
    [InlineData("query($v: Int) { units(first: $v) { totalCount } }", "{\"v\":1.5}")]
    [InlineData("query($v: Int) { units(first: $v) { totalCount } }", "{\"v\":-1}")]
    [InlineData("query($v: Int) { units(first: $v) { totalCount } }", "{\"v\":101}")]
    [InlineData("query($v: String) { units(after: $v) { totalCount nodes { key } } }", "{\"v\":\"not a cursor\"}")]
    [InlineData("query($v: String) { units(after: $v) { nodes { key } } }", "{\"v\":\"WzEsMiwzXQ==\"}")]
    [InlineData("query($v: ID!) { node(id: $v) { id } }", "{\"v\":\"!!!\"}")]
    [InlineData("query($v: ID!) { node(id: $v) { id } }", "{\"v\":{\"a\":1}}")]
    [InlineData("query($v: ID!) { node(id: $v) { id } }", "{\"v\":\"VW5pdDo=\"}")]
    [InlineData("query($v: [ID!]!) { nodes(ids: $v) { id } }", "{\"v\":[null]}")]
    [InlineData("query($v: UnitFilterInput) { units(where: $v) { totalCount } }", "{\"v\":{\"nope\":1}}")]
    [InlineData("query($v: UnitFilterInput) { units(where: $v) { totalCount } }", "{\"v\":{\"name\":{\"in\":[null,\"a\"]}}}")]
    [InlineData("query($v: UnitFilterInput) { units(where: $v) { totalCount } }", "{\"v\":{\"and\":[{\"or\":[]}],\"name\":{\"eq\":null}}}")]
    [InlineData("query($v: [UnitSortInput!]) { units(order: $v) { totalCount } }", "{\"v\":[{\"name\":\"SIDEWAYS\"}]}")]
    [InlineData("query($v: [UnitSortInput!]) { units(order: $v) { nodes { key } } }", "{\"v\":[{}]}")]
    [InlineData("query($v: Metric!) { finalAccounts { nodes { figure(metric: $v) { amount } } } }", "{\"v\":\"NOT_A_METRIC\"}")]
    [InlineData("query($v: DateTime) { __typename }", "{\"v\":\"yesterday\"}")]
    [InlineData("query($v: Long) { __typename }", "{\"v\":99999999999999999999999}")]
    public async Task Odd_variables_and_arguments_are_answered_without_leaks_and_any_error_is_a_coded_client_error(string query, string variables)
    {
        var answer = await Send.QueryAsync(_client, query, JsonNode.Parse(variables)!.AsObject());

        ((int)answer.Status).ShouldBeLessThan(500, answer.ToString());
        LeakCheck.Find(answer.Text).ShouldBeNull(answer.ToString());
        answer.ErrorCodes.ShouldAllBe(code => code.Length > 0, answer.ToString());
        answer.ErrorCodes.ShouldNotContain("INTERNAL_ERROR", answer.ToString());
    }

    private static SqliteException FindSqliteException(Exception exception)
    {
        for (Exception? e = exception; e is not null; e = e.InnerException)
            if (e is SqliteException sqlite) return sqlite;
        throw new ShouldAssertException($"No SqliteException in {exception}");
    }
}
