using System.Text;
using System.Text.Json.Nodes;
using GraphQL.Types;

namespace FinalAccounts.Api.Tests.Limits.Fuzz;

/// <summary>
/// The requests of one fuzz case: a generated query over POST or GET, the same query mutated, random
/// variables, or a transport-level oddity (malformed or deep JSON, wrong or missing content types, odd
/// Accept headers, other methods, random bytes, bodies around the size limit, batches).
/// </summary>
public sealed class RequestGenerator(ISchema schema, Random random)
{
    private const string Path = "/graphql";
    private const string Json = "application/json";
    private const int MaxUrl = 64 * 1024;

    private static readonly string?[] ContentTypes =
    [
        null, "", "text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/json; charset=latin1",
        "application/json; charset=utf-16", "application/graphql", "application/graphql+json", "application/json; charset=\"utf-8\"", "garbage/", ";;;",
        "application/xml", "*/*",
    ];

    private static readonly string?[] Accepts =
    [
        null, "*/*", "application/json", "application/graphql-response+json", "text/html", "application/json;q=0", "text/event-stream",
        "application/graphql-response+json;q=0.1, application/json;q=0.9", "invalid;;q=x", "", "image/png",
    ];

    private readonly QueryGenerator _queries = new(schema, random);
    private readonly TextMutator _mutator = new(random);
    private readonly ValueGenerator _values = new(random);

    public FuzzRequest Next()
    {
        var roll = random.NextDouble();
        if (roll < 0.45) return Post("generated", _queries.Next());
        if (roll < 0.55) return Get(_queries.Next());
        if (roll < 0.75)
        {
            var query = _queries.Next();
            return Post("mutated", query with { Text = _mutator.Mutate(query.Text) });
        }

        if (roll < 0.82) return RandomVariables(_queries.Next());
        return Oddity();
    }

    private FuzzRequest Post(string kind, GeneratedQuery query, string? contentType = Json)
    {
        var body = new JsonObject { ["query"] = query.Text };
        if (query.Variables.Count > 0 || random.NextDouble() < 0.1) body["variables"] = query.Variables.DeepClone();
        if (query.OperationName is not null) body["operationName"] = query.OperationName;
        return new FuzzRequest(kind, "POST", Path, contentType, Accept(), Encoding.UTF8.GetBytes(body.ToJsonString()));
    }

    /// <summary>A GET, or a POST when the URL would pass the 64 KiB no HTTP server takes in a request line (Kestrel stops at 8 KiB).</summary>
    private FuzzRequest Get(GeneratedQuery query)
    {
        var url = new StringBuilder(Path).Append("?query=").Append(Uri.EscapeDataString(query.Text));
        if (query.Variables.Count > 0) url.Append("&variables=").Append(Uri.EscapeDataString(query.Variables.ToJsonString()));
        if (query.OperationName is not null) url.Append("&operationName=").Append(Uri.EscapeDataString(query.OperationName));
        return url.Length > MaxUrl ? Post("generated", query) : new FuzzRequest("get", "GET", url.ToString(), null, Accept(), null);
    }

    /// <summary>The query's own variables replaced by values of random types and shapes.</summary>
    private FuzzRequest RandomVariables(GeneratedQuery query)
    {
        var variables = new JsonObject();
        foreach (var name in query.Variables.Select(v => v.Key).Append("extra"))
        {
            variables[name] = random.Next(6) switch
            {
                0 => ValueGenerator.DeepFilter(random.Next(1, 80)),
                1 => new JsonArray(Enumerable.Range(0, random.Next(0, 5000)).Select(i => (JsonNode?)i).ToArray()),
                2 => new string('x', random.Next(0, 60_000)),
                3 => null,
                4 => _values.Json(schema.AllTypes.ElementAt(random.Next(schema.AllTypes.Count()))),
                _ => _values.RandomString(),
            };
        }

        return Post("variables", query with { Variables = variables });
    }

    private FuzzRequest Oddity()
    {
        var query = _queries.Next();
        var valid = Encoding.UTF8.GetBytes(new JsonObject { ["query"] = query.Text }.ToJsonString());
        return random.Next(13) switch
        {
            0 => Body("truncated json", valid[..random.Next(valid.Length)]),
            1 => Body("random bytes", Bytes(random.Next(0, 3000))),
            2 => Body("wrong content type", valid, ContentTypes[random.Next(ContentTypes.Length)]),
            3 => Body("batch", Encoding.UTF8.GetBytes($"[{Encoding.UTF8.GetString(valid)},{Encoding.UTF8.GetString(valid)}]")),
            4 => Body("deep json", Encoding.UTF8.GetBytes("{\"query\":\"{ __typename }\",\"variables\":{\"v\":" + new string('[', 5000) + new string(']', 5000) + "}}")),
            5 => Body("body near the size limit", Padded(valid, (64 * 1024) + random.Next(-2, 3))),
            6 => Body("huge body", Padded(valid, random.Next(65 * 1024, 2 * 1024 * 1024))),
            7 => Body("graphql body", Encoding.UTF8.GetBytes(query.Text), "application/graphql"),
            8 => new FuzzRequest("other method", new[] { "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD", "TRACE" }[random.Next(6)], Path + "?query=%7B__typename%7D", Json, Accept(), valid),
            9 => Body("wrong json kinds", Encoding.UTF8.GetBytes(new[]
            {
                "{\"query\":1}", "{\"query\":{\"a\":1}}", "{\"query\":\"{ __typename }\",\"variables\":[]}", "{\"query\":\"{ __typename }\",\"variables\":\"{}\"}",
                "{\"query\":\"{ __typename }\",\"operationName\":5}", "{\"query\":\"{ __typename }\",\"extensions\":7}", "null", "\"query\"", "{}", "{\"query\":null}",
                "{\"query\":\"{ __typename }\",\"query\":\"{ nope }\"}",
            }[random.Next(11)])),
            10 => new FuzzRequest("get oddity", "GET", Path + new[]
            {
                "", "?", "?query=", "?query=%7B__typename%7D&query=%7B__typename%7D", "?query=%7B__typename%7D&variables=%5B", "?query=%7B__typename%7D&variables=1",
                "?query=%ZZ", "?query=" + new string('a', 20_000), "?query=mutation%7B__typename%7D", "?extensions=%7B%7D",
            }[random.Next(10)], null, Accept(), null),
            11 => Body("invalid utf-8", [.. "{\"query\":\"{ __typename }\",\"x\":\""u8.ToArray(), 0xC3, 0x28, 0xFF, .. "\"}"u8.ToArray()]),
            _ => Body("odd accept", valid, Json, Accepts[random.Next(Accepts.Length)]),
        };
    }

    private FuzzRequest Body(string kind, byte[] body, string? contentType = Json, string? accept = null) =>
        new(kind, "POST", Path, contentType, accept ?? Accept(), body);

    private string? Accept() => random.NextDouble() < 0.8 ? null : Accepts[random.Next(Accepts.Length)];

    private byte[] Bytes(int count)
    {
        var bytes = new byte[count];
        random.NextBytes(bytes);
        return bytes;
    }

    private static byte[] Padded(byte[] body, int size)
    {
        var padded = new byte[Math.Max(size, body.Length)];
        body.CopyTo(padded, 0);
        padded.AsSpan(body.Length).Fill((byte)' ');
        return padded;
    }
}
