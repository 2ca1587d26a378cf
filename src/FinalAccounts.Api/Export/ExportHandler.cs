using System.Text.Json;
using System.Text.Json.Nodes;
using FinalAccounts.Data.Storage;
using GraphQL;
using Microsoft.Net.Http.Headers;

namespace FinalAccounts.Api.Export;

/// <summary>
/// Answers the export requests. A list export checks its arguments and builds its statement before it
/// writes anything, so every mistake in <c>where</c>, <c>order</c> or <c>first</c> is a 400 with a GraphQL-shaped
/// error (<c>{"errors":[{"message","extensions":{"code"}}]}</c>); then rows are written as SQLite returns them.
/// </summary>
public sealed class ExportHandler(ExportCatalog catalog, ExportArgumentReader reader, QueryListExport queries, SnapshotChecksum checksum, IGraphQLSerializer serializer, ILogger<ExportHandler> logger)
{
    public const string UnknownExport = "UNKNOWN_EXPORT";
    private const string SnapshotFileName = "snapshot.db";

    public async Task IndexAsync(HttpContext context)
    {
        var lists = new JsonArray();
        foreach (var list in catalog.Lists)
            lists.Add(new JsonObject
            {
                ["name"] = list.Name,
                ["entity"] = list.Entity.TypeName,
                ["csv"] = $"/export/{list.Name}.csv",
                ["json"] = $"/export/{list.Name}.json",
                ["columns"] = new JsonArray(list.Columns.Columns.Select(c => (JsonNode)new JsonObject { ["name"] = c.Name, ["description"] = c.Description }).ToArray()),
            });
        foreach (var query in catalog.Queries)
            lists.Add(new JsonObject
            {
                ["name"] = query.Name,
                ["computed"] = true,
                ["arguments"] = new JsonArray(query.Arguments.Select(a => (JsonNode)new JsonObject { ["name"] = a.Name, ["type"] = a.ResolvedType!.ToString() }).ToArray()),
                ["csv"] = $"/export/{query.Name}.csv",
                ["json"] = $"/export/{query.Name}.json",
                ["columns"] = new JsonArray(query.Columns.Select(c => (JsonNode)new JsonObject { ["name"] = c.Name, ["description"] = c.Description }).ToArray()),
            });
        var index = new JsonObject
        {
            ["description"] = "Every list of the GraphQL API as CSV (UTF-8 with BOM) or JSON, filtered and sorted like the GraphQL field: `where` and `order` take the field's arguments as URL-encoded JSON; `first` keeps the first n rows. Money is in 万元, exact.",
            ["example"] = "/export/figures.csv?where={\"metric\":{\"eq\":\"EXPENDITURE_TOTAL\"}}&order=[{\"year\":\"DESC\"}]",
            ["computedExample"] = "/export/aggregate.csv?metric=CATEGORY_EXPENDITURE&groupBy=[\"YEAR\",\"CATEGORY\"]",
            ["lists"] = lists,
            ["snapshot"] = new JsonObject { ["file"] = "/export/snapshot.db", ["sha256"] = "/export/snapshot.db.sha256" },
        };
        context.Response.ContentType = "application/json; charset=utf-8";
        await context.Response.WriteAsync(index.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }), context.RequestAborted);
    }

    public async Task ListAsync(HttpContext context, string file)
    {
        var dot = file.LastIndexOf('.');
        var format = dot < 0 ? (ExportFormat?)null : file[(dot + 1)..] switch { "csv" => ExportFormat.Csv, "json" => ExportFormat.Json, _ => null };
        var list = dot < 0 ? null : catalog.Find(file[..dot]);
        var computed = dot < 0 ? null : catalog.FindQuery(file[..dot]);
        if (format is null || (list is null && computed is null))
        {
            await WriteErrorsAsync(context, StatusCodes.Status404NotFound, [new ExportError(
                $"`/export/{file}` is not an export. Lists: {string.Join(", ", catalog.Names)}, each as .csv or .json; the snapshot is /export/snapshot.db.", UnknownExport)]);
            return;
        }
        if (computed is not null)
        {
            if (await queries.WriteAsync(context, computed, format.Value, file) is { } refusal)
                await WriteErrorsAsync(context, refusal.Status, refusal.Errors);
            return;
        }
        if (list is null) return;

        var cancellationToken = context.RequestAborted;
        var (arguments, errors) = await reader.ReadAsync(context.Request, list, cancellationToken);
        if (arguments is null)
        {
            await WriteErrorsAsync(context, StatusCodes.Status400BadRequest, errors);
            return;
        }

        var db = context.RequestServices.GetRequiredService<SnapshotContext>();
        IAsyncEnumerable<object?[]> query;
        try
        {
            query = ExportQuery.Rows(db, list, arguments);
        }
        catch (ExecutionError error)
        {
            await WriteErrorsAsync(context, StatusCodes.Status400BadRequest, [new ExportError(error.Message, error.Code ?? ExportArgumentReader.InvalidParameter)]);
            return;
        }

        // The first row is read before the response starts, so a statement that fails does so while a status can still say so.
        await using var rows = query.GetAsyncEnumerator(cancellationToken);
        var hasRow = await rows.MoveNextAsync();

        await using IRowWriter writer = format == ExportFormat.Csv ? new CsvRowWriter(context.Response.Body) : new JsonRowWriter(context.Response.Body);
        var response = context.Response;
        response.ContentType = writer.ContentType;
        response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileName = file }.ToString();
        response.Headers.XContentTypeOptions = "nosniff";
        var columns = list.Columns.Columns;
        await writer.WriteHeaderAsync(columns, cancellationToken);
        var count = 0;
        while (hasRow)
        {
            var values = rows.Current;
            for (var i = 0; i < values.Length; i++)
                values[i] = columns[i].Present(values[i]);
            await writer.WriteRowAsync(values, cancellationToken);
            count++;
            hasRow = await rows.MoveNextAsync();
        }
        await writer.CompleteAsync(cancellationToken);
        logger.LogDebug("Exported {Count} rows of {List} as {Format}.", count, list.Name, format);
    }

    public async Task<IResult> SnapshotAsync(HttpContext context)
    {
        var sha256 = await checksum.Sha256Async(context.RequestAborted);
        // RFC 9530: the digest of the whole file, whatever range is asked for.
        context.Response.Headers["Repr-Digest"] = $"sha-256=:{Convert.ToBase64String(Convert.FromHexString(sha256))}:";
        return TypedResults.PhysicalFile(checksum.Path, "application/vnd.sqlite3", SnapshotFileName,
            enableRangeProcessing: true, entityTag: new EntityTagHeaderValue($"\"{sha256}\""));
    }

    /// <summary>In the format of <c>sha256sum</c>, so <c>sha256sum -c snapshot.db.sha256</c> checks a download.</summary>
    public async Task<IResult> SnapshotSha256Async(HttpContext context)
    {
        var sha256 = await checksum.Sha256Async(context.RequestAborted);
        return TypedResults.Text($"{sha256}  {SnapshotFileName}\n", "text/plain; charset=utf-8");
    }

    private async Task WriteErrorsAsync(HttpContext context, int status, IReadOnlyList<ExecutionError> errors)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json; charset=utf-8";
        var result = new ExecutionResult { Errors = [.. errors] };
        await serializer.WriteAsync(context.Response.Body, result, context.RequestAborted);
    }
}
