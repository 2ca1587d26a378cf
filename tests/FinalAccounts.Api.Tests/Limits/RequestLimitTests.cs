using System.Net;
using System.Text;
using FinalAccounts.Api.Tests.Limits.Support;

namespace FinalAccounts.Api.Tests.Limits;

/// <summary>The Api's request limits at their edges, before any parsing: 64 KiB of body, 15,000 characters, 1,000 tokens, and the parser's nesting.</summary>
public sealed class RequestLimitTests(LimitsServer server) : IClassFixture<LimitsServer>
{
    private readonly HttpClient _client = server.CreateClient();

    [Fact]
    public async Task A_body_of_64_KiB_is_read_and_one_byte_more_is_413()
    {
        var atLimit = await Send.RawAsync(_client, Send.PaddedBody("{ __typename }", 64 * 1024));
        var over = await Send.RawAsync(_client, Send.PaddedBody("{ __typename }", (64 * 1024) + 1));

        atLimit.Status.ShouldBe(HttpStatusCode.OK, atLimit.ToString());
        atLimit.Body!["data"]!["__typename"]!.GetValue<string>().ShouldBe("Query");
        over.Status.ShouldBe(HttpStatusCode.RequestEntityTooLarge, over.ToString());
        over.FirstErrorCode.ShouldBe("REQUEST_BODY_TOO_LARGE");
        over.Errors![0]!["message"]!.GetValue<string>().ShouldBe("The request body is larger than the limit of 65536 bytes.");
    }

    [Fact]
    public async Task A_query_of_15000_characters_runs_and_15001_is_400()
    {
        var atLimit = await Send.QueryAsync(_client, "{ __typename }".PadRight(15_000));
        var over = await Send.QueryAsync(_client, "{ __typename }".PadRight(15_001));

        atLimit.Status.ShouldBe(HttpStatusCode.OK, atLimit.ToString());
        atLimit.Errors.ShouldBeNull();
        over.Status.ShouldBe(HttpStatusCode.BadRequest, over.ToString());
        over.FirstErrorCode.ShouldBe("QUERY_TOO_LONG");
        over.Errors![0]!["extensions"]!["limit"]!.GetValue<int>().ShouldBe(15_000);
    }

    [Fact]
    public async Task A_query_of_1000_tokens_is_parsed_and_1001_is_400()
    {
        // "{", "}" and 998 names: 1,000 tokens. The field limit refuses the parsed one, which proves it was parsed.
        var atLimit = await Send.QueryAsync(_client, Typenames(998));
        var over = await Send.QueryAsync(_client, Typenames(999));

        atLimit.FirstErrorCode.ShouldBe("TOO_MANY_FIELDS", atLimit.ToString());
        over.Status.ShouldBe(HttpStatusCode.BadRequest, over.ToString());
        over.FirstErrorCode.ShouldBe("TOO_MANY_TOKENS");
        over.Errors![0]!["extensions"]!["limit"]!.GetValue<int>().ShouldBe(1_000);
    }

    [Fact]
    public async Task Ten_thousand_levels_of_braces_get_a_clean_400_not_a_crash()
    {
        var nested = string.Concat(Enumerable.Repeat("{a", 10_000)) + new string('}', 10_000);

        var answer = await Send.QueryAsync(_client, nested);

        answer.Status.ShouldBe(HttpStatusCode.BadRequest, answer.ToString());
        answer.FirstErrorCode.ShouldBe("QUERY_TOO_LONG");
        (await Send.QueryAsync(_client, "{ __typename }")).Status.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Nesting_deeper_than_the_parser_follows_is_a_syntax_error_not_a_stack_overflow()
    {
        // 300 levels are 900 tokens and characters: within the text limits, far past the parser's 128 nodes.
        var nested = string.Concat(Enumerable.Repeat("{a", 300)) + new string('}', 300);

        var answer = await Send.QueryAsync(_client, nested, accept: "application/graphql-response+json");

        answer.Status.ShouldBe(HttpStatusCode.BadRequest, answer.ToString());
        answer.FirstErrorCode.ShouldBe("MAX_DEPTH_EXCEEDED");
        server.Logs.Entries.ShouldNotContain(e => e.Exception != null);
    }

    [Fact]
    public async Task Limits_apply_to_get_requests_too()
    {
        var answer = await Answer.ReadAsync(await _client.GetAsync(Send.Path + "?query=" + Uri.EscapeDataString(Typenames(999))));

        answer.Status.ShouldBe(HttpStatusCode.BadRequest, answer.ToString());
        answer.FirstErrorCode.ShouldBe("TOO_MANY_TOKENS");
    }

    private static string Typenames(int count)
    {
        var text = new StringBuilder("{");
        for (var i = 0; i < count; i++) text.Append(" __typename");
        return text.Append(" }").ToString();
    }
}
