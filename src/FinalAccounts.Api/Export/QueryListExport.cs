using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using FinalAccounts.Api.GraphQL;
using FinalAccounts.Api.GraphQL.Conventions;
using GraphQL;
using Microsoft.Net.Http.Headers;

namespace FinalAccounts.Api.Export;

/// <summary>
/// Exports a computed list (<see cref="QueryList"/>) by running its field through the GraphQL executer a page
/// of 100 at a time and writing each page as it arrives. The caller's query-string parameters are the field's
/// arguments as JSON (a bare word is taken as a string: <c>metric=CATEGORY_EXPENDITURE&amp;groupBy=["CATEGORY"]</c>);
/// <c>first</c> keeps the first n rows. Whatever GraphQL refuses on the first page is a 400 with its errors.
/// </summary>
public sealed class QueryListExport(IDocumentExecuter<FinalAccountsSchema> executer, IGraphQLTextSerializer serializer)
{
    private const int PageSize = PagingArguments.MaxPageSize;

    /// <summary>Writes the export, or returns the status and errors to answer with instead.</summary>
    public async Task<(int Status, IReadOnlyList<ExecutionError> Errors)?> WriteAsync(HttpContext context, QueryList list, ExportFormat format, string file)
    {
        var cancellationToken = context.RequestAborted;
        var arguments = list.Arguments.ToDictionary(a => a.Name);
        var variables = new JsonObject();
        int? limit = null;
        foreach (var (name, values) in context.Request.Query)
        {
            if (values.Count > 1) return Refuse($"The `{name}` parameter must be given at most once.");
            if (name == "first")
            {
                if (!int.TryParse(values[0], NumberStyles.None, CultureInfo.InvariantCulture, out var n))
                    return Refuse("`first` must be a whole number of rows, 0 or more.", ApiError.InvalidPagingArguments);
                limit = n;
                continue;
            }
            if (!arguments.ContainsKey(name))
                return Refuse($"`{name}` is not an argument of `{list.Name}`; its arguments are {string.Join(", ", arguments.Keys.Select(k => $"`{k}`"))}, and `first`.");
            variables[name] = ParseValue(values[0] ?? "");
        }

        var given = arguments.Values.Where(a => variables.ContainsKey(a.Name)).ToList();
        var declarations = string.Concat(given.Select(a => $"${a.Name}: {a.ResolvedType}, "));
        var passed = string.Concat(given.Select(a => $"{a.Name}: ${a.Name}, "));
        var document = $"query Export({declarations}$first: Int, $after: String) {{ list: {list.Name}({passed}first: $first, after: $after) {{ pageInfo {{ hasNextPage endCursor }} nodes {{ {list.Selection} }} }} }}";

        IRowWriter? writer = null;
        try
        {
            string? cursor = null;
            var written = 0;
            while (true)
            {
                variables["first"] = Math.Min(PageSize, (limit ?? int.MaxValue) - written);
                variables["after"] = cursor;
                var result = await executer.ExecuteAsync(new ExecutionOptions
                {
                    Query = document,
                    Variables = serializer.Deserialize<Inputs>(variables.ToJsonString()),
                    RequestServices = context.RequestServices,
                    CancellationToken = cancellationToken,
                    UserContext = new Dictionary<string, object?>(),
                });
                var page = JsonNode.Parse(serializer.Serialize(result))?["data"]?["list"];
                if (result.Errors is { Count: > 0 } errors || page is null)
                {
                    var refused = result.Errors?.ToList() ?? [];
                    if (writer is not null) throw new InvalidOperationException($"Exporting {list.Name} failed after {written} rows: {string.Join(" ", refused.Select(e => e.Message))}");
                    var status = refused.Any(e => e is global::GraphQL.Execution.UnhandledError) ? StatusCodes.Status500InternalServerError : StatusCodes.Status400BadRequest;
                    return (status, refused.Select(e => (ExecutionError)new ExportError(e.Message, e.Code ?? ExportArgumentReader.InvalidParameter)).ToList());
                }

                if (writer is null)
                {
                    writer = format == ExportFormat.Csv ? new CsvRowWriter(context.Response.Body) : new JsonRowWriter(context.Response.Body);
                    context.Response.ContentType = writer.ContentType;
                    context.Response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileName = file }.ToString();
                    context.Response.Headers.XContentTypeOptions = "nosniff";
                    await writer.WriteHeaderAsync(list.Columns.Select(c => new ExportColumn(c.Name, c.Description, (row, _) => row)).ToList(), cancellationToken);
                }
                foreach (var node in page["nodes"]?.AsArray() ?? [])
                {
                    await writer.WriteRowAsync(list.Columns.Select(c => Value(c.Path.Aggregate(node, (n, p) => n?[p]))).ToArray(), cancellationToken);
                    written++;
                }
                var info = page["pageInfo"]!;
                if (info["hasNextPage"]?.GetValue<bool>() != true || written >= (limit ?? int.MaxValue)) break;
                cursor = info["endCursor"]?.GetValue<string>();
            }
            await writer.CompleteAsync(cancellationToken);
            return null;
        }
        finally
        {
            if (writer is not null) await writer.DisposeAsync();
        }
    }

    /// <summary>A parameter's JSON value; text that is not JSON is a string (an enum name, a search word).</summary>
    private static JsonNode? ParseValue(string text)
    {
        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            return JsonValue.Create(text);
        }
    }

    /// <summary>A JSON value as the writers take it: numbers as exact decimals with their written digits.</summary>
    private static object? Value(JsonNode? node) => node switch
    {
        null => null,
        JsonValue value => value.GetValueKind() switch
        {
            JsonValueKind.String => value.GetValue<string>(),
            JsonValueKind.Number => decimal.Parse(value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture),
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => null,
        },
        _ => node.ToJsonString(),
    };

    private static (int, IReadOnlyList<ExecutionError>) Refuse(string message, string code = ExportArgumentReader.InvalidParameter) =>
        (StatusCodes.Status400BadRequest, [new ExportError(message, code)]);
}
