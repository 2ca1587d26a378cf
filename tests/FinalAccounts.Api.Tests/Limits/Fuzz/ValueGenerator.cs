using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using GraphQL.Types;

namespace FinalAccounts.Api.Tests.Limits.Fuzz;

/// <summary>
/// Values for arguments and variables of any input type of the schema, as GraphQL literals or as JSON:
/// mostly of the right type and plausible, sometimes at the edges (0, -1, 2³¹, 1e400, empty, huge,
/// unicode, null for a non-null), sometimes of the wrong type altogether. Only a top-level list is ever
/// long, so a value stays within a few hundred kilobytes.
/// </summary>
public sealed class ValueGenerator(Random random)
{
    private static readonly string[] Strings =
    [
        "", "a", "重庆市万州区", "決算", "' OR 1=1 --", "\"quoted\"", "line\nbreak", "\\", "%", "_", "null", "0",
        "💰", "\u0000", "WzEsMiwzXQ==", "VW5pdDp1LTE=", "not base64!", new string('x', 500),
    ];

    private static readonly string[] Ints = ["0", "1", "2", "5", "10", "99", "100", "101", "-1", "2021", "2147483647"];

    private static readonly string[] Decimals = ["0", "1.5", "-3.25", "6954.99", "1e3", "0.000001", "100", "871.82"];

    /// <summary>Numbers no numeric type takes whole, or only some do.</summary>
    private static readonly string[] EdgeNumbers = ["2147483648", "-2147483649", "9223372036854775808", "1e400", "79228162514264337593543950336", "1.5", "-0"];

    public string Literal(IGraphType type, int depth = 0)
    {
        if (random.NextDouble() < 0.03) return WrongLiteral();
        switch (type)
        {
            case NonNullGraphType nonNull:
                return random.NextDouble() < 0.02 ? "null" : Literal(nonNull.ResolvedType!, depth);
            case ListGraphType list:
                if (random.NextDouble() < 0.15) return Literal(list.ResolvedType!, depth + 1);
                var count = depth == 0 && random.NextDouble() < 0.05 ? random.Next(50, 300) : random.Next(0, 4);
                return "[" + string.Join(", ", Enumerable.Range(0, count).Select(_ => Literal(list.ResolvedType!, depth + 1))) + "]";
            case EnumerationGraphType enumeration:
                var values = enumeration.Values.ToList();
                return random.NextDouble() < 0.1 || values.Count == 0 ? "NOT_A_VALUE" : values[random.Next(values.Count)].Name;
            case IInputObjectGraphType input:
                if (depth > 4 || random.NextDouble() < 0.05) return "null";
                var fields = input.Fields.Where(_ => random.NextDouble() < 0.3).Take(4)
                    .Select(f => $"{f.Name}: {Literal(f.ResolvedType!, depth + 1)}");
                return "{" + string.Join(", ", fields) + "}";
            default:
                return Scalar(type.Name);
        }
    }

    public JsonNode? Json(IGraphType type, int depth = 0)
    {
        if (random.NextDouble() < 0.03) return WrongJson();
        switch (type)
        {
            case NonNullGraphType nonNull:
                return random.NextDouble() < 0.02 ? null : Json(nonNull.ResolvedType!, depth);
            case ListGraphType list:
                if (random.NextDouble() < 0.15) return Json(list.ResolvedType!, depth + 1);
                var count = depth == 0 && random.NextDouble() < 0.05 ? random.Next(50, 2000) : random.Next(0, 4);
                return new JsonArray(Enumerable.Range(0, count).Select(_ => Json(list.ResolvedType!, depth + 1)).ToArray());
            case EnumerationGraphType enumeration:
                var values = enumeration.Values.ToList();
                return random.NextDouble() < 0.1 || values.Count == 0 ? "NOT_A_VALUE" : values[random.Next(values.Count)].Name;
            case IInputObjectGraphType input:
                if (depth > 6 || random.NextDouble() < 0.05) return null;
                var node = new JsonObject();
                foreach (var field in input.Fields.Where(_ => random.NextDouble() < 0.3).Take(4))
                    node[field.Name] = Json(field.ResolvedType!, depth + 1);
                return node;
            default:
                return JsonNode.Parse(Scalar(type.Name));
        }
    }

    /// <summary>A JSON value nested <paramref name="depth"/> levels deep: objects of `and` lists, the shape of a filter.</summary>
    public static JsonNode DeepFilter(int depth)
    {
        JsonNode node = new JsonObject { ["name"] = new JsonObject { ["eq"] = "a" } };
        for (var i = 0; i < depth; i++) node = new JsonObject { ["and"] = new JsonArray(node) };
        return node;
    }

    public string RandomString() => Strings[random.Next(Strings.Length)];

    private string Scalar(string typeName) => typeName switch
    {
        "Int" or "Long" or "Float" or "Decimal" when random.NextDouble() < 0.1 => random.NextDouble() < 0.8 ? EdgeNumbers[random.Next(EdgeNumbers.Length)] : Quote(RandomString()),
        "Int" or "Long" => Ints[random.Next(Ints.Length)],
        "Float" or "Decimal" => Decimals[random.Next(Decimals.Length)],
        "Boolean" => random.NextDouble() < 0.5 ? "true" : "false",
        "ID" => Quote(random.NextDouble() < 0.5 ? Convert.ToBase64String(Encoding.UTF8.GetBytes($"{TypeNames[random.Next(TypeNames.Length)]}:{RandomString()}")) : RandomString()),
        "DateTime" or "DateTimeOffset" => Quote(random.NextDouble() < 0.7 ? "2021-12-31T00:00:00+08:00" : RandomString()),
        _ => Quote(RandomString()),
    };

    private static readonly string[] TypeNames = ["Unit", "FinalAccount", "Figure", "Expenditure", "FiscalYear", "SourceDocument", "Nope"];

    private string WrongLiteral() => random.Next(5) switch
    {
        0 => Quote(RandomString()),
        1 => EdgeNumbers[random.Next(EdgeNumbers.Length)],
        2 => "{nope: 1}",
        3 => "[[[]]]",
        _ => "$undeclared",
    };

    private JsonNode? WrongJson() => random.Next(4) switch
    {
        0 => RandomString(),
        1 => JsonNode.Parse(EdgeNumbers[random.Next(EdgeNumbers.Length)]),
        2 => new JsonObject { ["nope"] = 1 },
        _ => new JsonArray(new JsonArray()),
    };

    private static string Quote(string text) => JsonSerializer.Serialize(text);
}
