using System.Text.Json;
using System.Text.Json.Nodes;
using FinalAccounts.Api.GraphQL;
using FinalAccounts.Api.GraphQL.Conventions;
using GraphQL;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace FinalAccounts.Api.Export;

/// <summary>
/// Reads <c>where</c>, <c>order</c> (URL-encoded JSON, as GraphQL variables) and <c>first</c> from the query
/// string and coerces them with the schema's own input types, through GraphQL.NET's validator: an export
/// accepts exactly what the GraphQL field accepts and refuses the rest with the same messages.
/// </summary>
public sealed class ExportArgumentReader(FinalAccountsSchema schema, IGraphQLTextSerializer serializer)
{
    public const string InvalidParameter = "INVALID_EXPORT_PARAMETER";

    private static readonly string[] Known = ["where", "order", "first"];

    public async Task<(ExportArguments? Arguments, IReadOnlyList<ExecutionError> Errors)> ReadAsync(HttpRequest request, ExportableList list, CancellationToken cancellationToken)
    {
        foreach (var (name, values) in request.Query)
        {
            if (!Known.Contains(name, StringComparer.Ordinal))
                return Fail(InvalidParameter, $"`{name}` is not a parameter of an export; use `where`, `order` (JSON, as the GraphQL arguments) and `first`.");
            if (values.Count > 1)
                return Fail(InvalidParameter, $"The `{name}` parameter must be given at most once.");
        }

        int? first = null;
        if (request.Query["first"] is { Count: 1 } firstText)
        {
            if (!int.TryParse(firstText[0], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n))
                return Fail(ApiError.InvalidPagingArguments, "`first` must be a whole number of rows, 0 or more.");
            first = n;
        }

        var variables = new JsonObject();
        foreach (var name in (string[])["where", "order"])
        {
            if (request.Query[name] is not { Count: 1 } text || string.IsNullOrWhiteSpace(text[0])) continue;
            try
            {
                variables[name] = JsonNode.Parse(text[0]!);
            }
            catch (JsonException e)
            {
                return Fail(InvalidParameter, $"The `{name}` parameter is not valid JSON (at byte {(e.BytePositionInLine ?? 0) + 1}); it must be URL-encoded JSON, as the GraphQL variable would be.");
            }
        }

        var document = $$"""
            query Export($where: {{list.FilterType.Name}}, $order: [{{list.SortType.Name}}!]) {
              {{list.Name}}(where: $where, order: $order) { __typename }
            }
            """;
        var parsed = GraphQLParser.Parser.Parse(document);
        var result = await new DocumentValidator().ValidateAsync(new ValidationOptions
        {
            Schema = schema,
            Document = parsed,
            Operation = (GraphQLOperationDefinition)parsed.Definitions[0],
            Rules = DocumentValidator.CoreRules,
            Variables = serializer.Deserialize<Inputs>(variables.ToJsonString()) ?? Inputs.Empty,
            Extensions = Inputs.Empty,
            RequestServices = request.HttpContext.RequestServices,
            CancellationToken = cancellationToken,
        });
        if (!result.IsValid)
            return (null, result.Errors.Select(e => (ExecutionError)new ExportError(e.Message, e.Code ?? InvalidParameter)).ToList());

        var arguments = result.ArgumentValues?.Values.SingleOrDefault();
        return (new ExportArguments(Value(arguments, "where"), Value(arguments, "order"), first), []);
    }

    private static object? Value(IDictionary<string, global::GraphQL.Execution.ArgumentValue>? arguments, string name) =>
        arguments is not null && arguments.TryGetValue(name, out var value) ? value.Value : null;

    private static (ExportArguments?, IReadOnlyList<ExecutionError>) Fail(string code, string message) =>
        (null, [new ExportError(message, code)]);
}
