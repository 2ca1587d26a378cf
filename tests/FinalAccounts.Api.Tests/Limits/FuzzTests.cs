using System.Diagnostics;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using FinalAccounts.Api.GraphQL;
using FinalAccounts.Api.Tests.Limits.Fuzz;
using FinalAccounts.Api.Tests.Limits.Support;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace FinalAccounts.Api.Tests.Limits;

/// <summary>
/// Sends the real server generated and mutated queries built from its own schema, random variables,
/// malformed JSON, wrong content types, huge and deeply nested inputs and random bytes: never a 5xx,
/// never a leak of the server's inside, never an error without a code, never a hang, and the server
/// answers afterwards. Seeded: the same seed sends the same requests. A few thousand cases by default;
/// more with <c>FUZZ_CASES=100000</c>, another run with <c>FUZZ_SEED=n</c>, one case again with
/// <c>FUZZ_SEED=n FUZZ_CASE=i</c>. A failure names the seed, the case and the request; the request being
/// sent is also kept in <see cref="LastRequestFile"/>, for a failure that takes the process down.
/// </summary>
public sealed class FuzzTests(ITestOutputHelper output)
{
    private const int DefaultCases = 3_000;
    private const int DefaultSeed = 20_211_231;
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan SlowRequest = TimeSpan.FromSeconds(2);
    private const int MaxFailuresShown = 10;

    /// <summary>Where the request being sent is kept, one file per test process so parallel runs do not mix.</summary>
    public static string LastRequestFile { get; } = Path.Combine(Path.GetTempPath(), $"finalaccounts-fuzz-{Environment.ProcessId}.txt");

    [Fact]
    public async Task Generated_and_mutated_requests_never_get_a_5xx_a_leak_or_a_hang()
    {
        var seed = Setting("FUZZ_SEED") ?? DefaultSeed;
        var cases = Setting("FUZZ_CASES") ?? DefaultCases;
        var (first, last) = Setting("FUZZ_CASE") is { } only ? (only, only + 1) : (0, cases);
        using var server = new LimitsServer();
        var client = server.CreateClient();
        client.Timeout = Timeout.InfiniteTimeSpan;
        var schema = server.Services.GetRequiredService<FinalAccountsSchema>();
        var tally = new SortedDictionary<string, (int Count, TimeSpan Time)>(StringComparer.Ordinal);
        var slowest = (Time: TimeSpan.Zero, Case: -1);
        var failures = new List<string>();

        for (var i = first; i < last; i++)
        {
            var request = new RequestGenerator(schema, new Random(CaseSeed(seed, i))).Next();
            var replay = $"FUZZ_SEED={seed}, case {i} of {cases}:\n{request}";
            await File.WriteAllTextAsync(LastRequestFile, replay);
            var clock = Stopwatch.StartNew();
            var (status, mediaType, body) = await SendAsync(client, request, replay);
            var elapsed = clock.Elapsed;
            if (elapsed > slowest.Time) slowest = (elapsed, i);
            if (elapsed > SlowRequest) output.WriteLine($"Slow ({elapsed.TotalMilliseconds:0} ms): {Shorten(replay)}");
            string outcome;
            try
            {
                outcome = Check(status, mediaType, body, replay);
            }
            catch (ShouldAssertException failure)
            {
                // Keep going: one run lists every kind of failure it meets, not just the first.
                failures.Add(failure.Message);
                outcome = "FAILED";
            }

            var key = $"{request.Kind} {(int)status} {outcome}";
            var (count, time) = tally.GetValueOrDefault(key);
            tally[key] = (count + 1, time + elapsed);
        }

        await ServerStillAnswersAsync(client);
        output.WriteLine($"FUZZ_SEED={seed}, cases {first} to {last - 1}; slowest: case {slowest.Case}, {slowest.Time.TotalMilliseconds:0} ms");
        foreach (var (key, (count, time)) in tally) output.WriteLine($"{count,6} {time.TotalMilliseconds,9:0} ms  {key}");
        failures.ShouldBeEmpty($"{failures.Count} of {last - first} cases failed; the first ones:\n\n" + string.Join("\n\n", failures.Take(MaxFailuresShown)));
        File.Delete(LastRequestFile);
    }

    private static async Task<(HttpStatusCode Status, string? MediaType, string Body)> SendAsync(HttpClient client, FuzzRequest request, string replay)
    {
        using var timeout = new CancellationTokenSource(RequestTimeout);
        try
        {
            using var message = request.ToMessage();
            using var response = await client.SendAsync(message, timeout.Token);
            return (response.StatusCode, response.Content.Headers.ContentType?.MediaType, await response.Content.ReadAsStringAsync(timeout.Token));
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            throw new ShouldAssertException($"No answer within {RequestTimeout.TotalSeconds} s to {replay}");
        }
    }

    /// <summary>Checks one answer; returns what it held (data, the first error's code, or both) for the tally.</summary>
    private static string Check(HttpStatusCode status, string? mediaType, string body, string replay)
    {
        var answer = $"{replay}\n--- answered {(int)status} {mediaType}: {(body.Length > 3000 ? body[..3000] + "…" : body)}";
        ((int)status).ShouldBeLessThan(500, answer);
        LeakCheck.Find(body).ShouldBeNull(answer);
        if (mediaType is not ("application/json" or "application/graphql-response+json") || body.Length == 0) return "no body";

        JsonNode? parsed;
        try
        {
            parsed = JsonNode.Parse(body);
        }
        catch (JsonException)
        {
            throw new ShouldAssertException("The answer is not JSON: " + answer);
        }

        var result = parsed.ShouldBeOfType<JsonObject>(answer);
        (result.ContainsKey("data") || result.ContainsKey("errors")).ShouldBeTrue(answer);
        foreach (var error in result["errors"] as JsonArray ?? [])
        {
            var code = error?["extensions"]?["code"]?.GetValue<string>();
            code.ShouldNotBeNullOrEmpty(answer);
            code.ShouldNotBe("INTERNAL_ERROR", answer);
        }

        var firstCode = result["errors"]?[0]?["extensions"]?["code"]?.GetValue<string>();
        return (result["data"] is JsonObject, firstCode) switch
        {
            (true, null) => "data",
            (true, _) => "data and " + firstCode,
            _ => firstCode ?? "neither",
        };
    }

    /// <summary>The GraphQL endpoint answers, and so does the liveness probe once the host maps it.</summary>
    private static async Task ServerStillAnswersAsync(HttpClient client)
    {
        var graphql = await Send.QueryAsync(client, "{ __typename }");
        graphql.Status.ShouldBe(HttpStatusCode.OK, graphql.ToString());

        using var live = await client.GetAsync("/healthz/live");
        if (live.StatusCode != HttpStatusCode.NotFound) live.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private static string Shorten(string text) => text.Length > 1500 ? text[..1500] + "…" : text;

    private static int CaseSeed(int seed, int index) => unchecked((seed * 1_000_003) + index);

    private static int? Setting(string name) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), out var value) ? value : null;
}
