using System.Buffers;
using System.Net;
using System.Text;
using FinalAccounts.Http.Errors;
using FinalAccounts.Http.Limits;
using GraphQL;
using GraphQL.Transport;
using GraphQL.Types;
using GraphQL.Validation;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace FinalAccounts.Http;

/// <summary>
/// The GraphQL-over-HTTP endpoint for <typeparamref name="TSchema"/>, mapped by
/// <see cref="GraphQLEndpointExtensions.MapGraphQLEndpoint{TSchema}"/>. As in GraphQL.Server, methods
/// named <c>Handle…</c> answer a kind of request or request error, <c>Execute…</c> run GraphQL and
/// <c>Write…</c> write responses.
/// <para><b>Requests.</b> GET with <c>query</c>, <c>operationName</c>, <c>variables</c> and <c>extensions</c>
/// (the last two URL-encoded JSON objects) runs queries only: a mutation or subscription over GET is
/// answered 405 with <c>Allow: POST</c>. POST takes <c>application/json</c> (or the older
/// <c>application/graphql+json</c>), one object <c>{query, operationName, variables, extensions}</c>, or
/// <c>application/graphql</c>, whose body is the query text and whose other parameters come from the
/// query string. Bodies are UTF-8. Other methods: 405 with <c>Allow: GET, POST</c>.</para>
/// <para><b>Limits</b> (<see cref="GraphQLLimits"/>). A body over <see cref="GraphQLLimits.MaxRequestBodySize"/> bytes
/// is 413, unread; a query text over <see cref="GraphQLLimits.MaxQueryLength"/> characters or
/// <see cref="GraphQLLimits.MaxTokens"/> tokens is 400, unparsed; a response to an invalid document lists at most
/// <see cref="GraphQLLimits.MaxValidationErrors"/> errors. With <see cref="QueryLimitsBuilderExtensions.AddQueryLimits"/>
/// the operation's shape and cost are limited at validation, every response carries <c>extensions.cost</c> and
/// the cost charged goes to <c>HttpContext.Items[</c><see cref="QueryCost.ItemKey"/><c>]</c>.</para>
/// <para><b>Batching is refused.</b> A JSON array body is answered 400 with code
/// <c>BATCHED_REQUESTS_NOT_SUPPORTED</c>: limits, costs and logs all count per HTTP request, and a batch
/// would multiply the work behind one of them; keep-alive connections make separate requests cheap.</para>
/// <para><b>CSRF.</b> The API is public, read-only and uses no cookies or other ambient credentials, so a
/// forged request can do nothing its author could not do directly. GET therefore needs no
/// <c>GraphQL-Require-Preflight</c> header (links, caches and curl work), and POST accepts only the
/// non-"simple" JSON and GraphQL media types, so a browser preflights every cross-origin POST.</para>
/// <para><b>Responses.</b> The media type follows <c>Accept</c> (<see cref="ResponseMediaTypeSelector"/>):
/// <c>application/json</c> when it is missing or a wildcard, 406 when nothing supported is acceptable.
/// A result with <c>data</c>, even partial, is 200. A result without <c>data</c> (syntax, validation or
/// variable errors) is 400 in <c>application/graphql-response+json</c> and 200 in <c>application/json</c>.
/// Transport errors carry their own status (<see cref="IHasPreferredStatusCode"/>); every error body is
/// <c>{"errors":[{"message":…,"extensions":{"code":…}}]}</c>.</para>
/// <para><b>Failures.</b> Exceptions are logged in full and reach the client only as
/// <see cref="InternalServerError"/> (code <c>INTERNAL_ERROR</c> and a <c>traceId</c>); a field that failed
/// leaves the rest of the result at 200, a failure outside execution is 500. A request the client
/// abandons is cancelled all the way down through <see cref="HttpContext.RequestAborted"/> and logged at
/// debug level only.</para>
/// </summary>
internal sealed class GraphQLHttpMiddleware<TSchema>
    where TSchema : ISchema
{
    /// <summary>Status for a request the client abandoned (nginx's convention); no one reads it but the logs.</summary>
    private const int ClientClosedRequest = 499;

    private static readonly IValidationRule[] GetValidationRules = [.. DocumentValidator.CoreRules, HttpGetValidationRule.Instance];
    private static readonly IValidationRule[] GetCachedDocumentValidationRules = [HttpGetValidationRule.Instance];
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly IDocumentExecuter<TSchema> executer;
    private readonly IGraphQLSerializer serializer;
    private readonly GraphQLRequestReader reader;
    private readonly UnhandledErrorMasker masker;
    private readonly GraphQLLimits limits;
    private readonly bool reportsCost;
    private readonly ILogger logger;

    /// <summary>
    /// Creates the endpoint over the executer and serializer registered by <c>AddGraphQL</c>;
    /// <paramref name="costRule"/> is there when <see cref="QueryLimitsBuilderExtensions.AddQueryLimits"/> was called.
    /// </summary>
    public GraphQLHttpMiddleware(
        IDocumentExecuter<TSchema> executer,
        IGraphQLSerializer serializer,
        IOptions<GraphQLLimits> limits,
        ILoggerFactory loggerFactory,
        QueryCostRule? costRule = null)
    {
        this.executer = executer;
        this.serializer = serializer;
        this.limits = limits.Value;
        reportsCost = costRule is not null;
        reader = new GraphQLRequestReader(serializer);
        masker = new UnhandledErrorMasker(loggerFactory.CreateLogger<UnhandledErrorMasker>());
        logger = loggerFactory.CreateLogger<GraphQLHttpMiddleware<TSchema>>();
    }

    /// <summary>Answers one HTTP request to the endpoint.</summary>
    public async Task HandleRequestAsync(HttpContext context)
    {
        var mediaType = ResponseMediaTypeSelector.Select(context.Request.Headers.Accept);
        try
        {
            var method = context.Request.Method;
            if (!HttpMethods.IsGet(method) && !HttpMethods.IsPost(method))
            {
                await HandleInvalidHttpMethodErrorAsync(context, mediaType ?? GraphQLMediaTypes.Json);
            }
            else if (mediaType is null)
            {
                await HandleNotAcceptableErrorAsync(context);
            }
            else if (HttpMethods.IsGet(method))
            {
                await HandleGetAsync(context, mediaType);
            }
            else
            {
                await HandlePostAsync(context, mediaType);
            }
        }
        catch (Exception exception) when (context.RequestAborted.IsCancellationRequested && exception is OperationCanceledException or IOException)
        {
            HandleRequestAborted(context);
        }
        catch (BadHttpRequestException exception)
        {
            await HandleUnreadableBodyErrorAsync(context, mediaType ?? GraphQLMediaTypes.Json, exception);
        }
        catch (Exception exception)
        {
            await HandleUnexpectedErrorAsync(context, mediaType ?? GraphQLMediaTypes.Json, exception);
        }
    }

    private Task HandleGetAsync(HttpContext context, string mediaType) =>
        reader.TryReadQueryString(context.Request.Query, queryText: null, out var request, out var error)
            ? ExecuteRequestAsync(context, mediaType, request!, queriesOnly: true)
            : WriteErrorResponseAsync(context, mediaType, error!);

    private async Task HandlePostAsync(HttpContext context, string mediaType)
    {
        var contentTypeHeader = context.Request.ContentType;
        if (string.IsNullOrWhiteSpace(contentTypeHeader))
        {
            await HandleInvalidContentTypeErrorAsync(context, mediaType, InvalidContentTypeError.Missing());
            return;
        }

        if (!MediaTypeHeaderValue.TryParse(contentTypeHeader, out var contentType))
        {
            await HandleInvalidContentTypeErrorAsync(context, mediaType, InvalidContentTypeError.Unparseable(contentTypeHeader));
            return;
        }

        var isJson = contentType.MediaType.Equals(GraphQLMediaTypes.Json, StringComparison.OrdinalIgnoreCase)
            || contentType.MediaType.Equals(GraphQLMediaTypes.LegacyGraphQLJson, StringComparison.OrdinalIgnoreCase);
        var isGraphQL = contentType.MediaType.Equals(GraphQLMediaTypes.GraphQLText, StringComparison.OrdinalIgnoreCase);
        if (!isJson && !isGraphQL)
        {
            await HandleInvalidContentTypeErrorAsync(context, mediaType, InvalidContentTypeError.Unsupported(contentType.MediaType.Value ?? contentTypeHeader));
            return;
        }

        if (contentType.Charset.HasValue && !IsUtf8(contentType.Charset.Value!))
        {
            await HandleInvalidContentTypeErrorAsync(context, mediaType, new UnsupportedCharsetError(contentType.Charset.Value!));
            return;
        }

        var body = await ReadBodyAsync(context);
        if (body is not { } bytes)
        {
            await WriteErrorResponseAsync(context, mediaType, new RequestBodyTooLargeError(limits.MaxRequestBodySize));
            return;
        }

        bytes = WithoutByteOrderMark(bytes);
        GraphQLRequest? request;
        ExecutionError? error;
        if (isJson)
        {
            reader.TryReadJsonBody(bytes, out request, out error);
        }
        else if (TryDecodeUtf8(bytes, out var queryText))
        {
            reader.TryReadQueryString(context.Request.Query, queryText, out request, out error);
        }
        else
        {
            (request, error) = (null, InvalidRequestBodyError.NotUtf8());
        }

        await (request is not null
            ? ExecuteRequestAsync(context, mediaType, request, queriesOnly: false)
            : WriteErrorResponseAsync(context, mediaType, error!));
    }

    private Task HandleInvalidHttpMethodErrorAsync(HttpContext context, string mediaType)
    {
        context.Response.Headers.Allow = "GET, POST";
        return WriteErrorResponseAsync(context, mediaType, new HttpMethodNotAllowedError(context.Request.Method));
    }

    // The client accepts none of our types, so the error goes out in plain JSON, which every client reads.
    private Task HandleNotAcceptableErrorAsync(HttpContext context) =>
        WriteErrorResponseAsync(context, GraphQLMediaTypes.Json, new NotAcceptableError());

    private Task HandleInvalidContentTypeErrorAsync(HttpContext context, string mediaType, ExecutionError error) =>
        WriteErrorResponseAsync(context, mediaType, error);

    private Task HandleUnreadableBodyErrorAsync(HttpContext context, string mediaType, BadHttpRequestException exception)
    {
        logger.LogInformation("Unreadable GraphQL request body ({StatusCode}); traceId {TraceId}", exception.StatusCode, UnhandledErrorMasker.TraceIdOf(context));
        if (context.Response.HasStarted)
        {
            return Task.CompletedTask;
        }

        ExecutionError error = exception.StatusCode == StatusCodes.Status413PayloadTooLarge
            ? new RequestBodyTooLargeError(limits.MaxRequestBodySize)
            : InvalidRequestBodyError.Unreadable();
        return WriteErrorResponseAsync(context, mediaType, error);
    }

    private void HandleRequestAborted(HttpContext context)
    {
        logger.LogDebug("GraphQL request aborted by the client; traceId {TraceId}", UnhandledErrorMasker.TraceIdOf(context));
        if (!context.Response.HasStarted)
        {
            context.Response.StatusCode = ClientClosedRequest;
        }
    }

    private async Task HandleUnexpectedErrorAsync(HttpContext context, string mediaType, Exception exception)
    {
        var traceId = UnhandledErrorMasker.TraceIdOf(context);
        logger.LogError(exception, "Unhandled exception in the GraphQL transport; traceId {TraceId}", traceId);
        if (context.Response.HasStarted)
        {
            return;
        }

        context.Response.Clear();
        await WriteErrorResponseAsync(context, mediaType, new InternalServerError(traceId));
    }

    private async Task ExecuteRequestAsync(HttpContext context, string mediaType, GraphQLRequest request, bool queriesOnly)
    {
        if (QueryTextGuard.Check(request.Query!, limits) is { } refusal)
        {
            await WriteErrorResponseAsync(context, mediaType, refusal);
            return;
        }

        var userContext = new Dictionary<string, object?>();
        var result = await executer.ExecuteAsync(new ExecutionOptions
        {
            Query = request.Query,
            UserContext = userContext,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            RequestServices = context.RequestServices,
            CancellationToken = context.RequestAborted,
            User = context.User,
            ValidationRules = queriesOnly ? GetValidationRules : null,
            CachedDocumentValidationRules = queriesOnly ? GetCachedDocumentValidationRules : null,
        });

        masker.Mask(result, context, request.OperationName);
        ValidationErrorLimit.Apply(result, limits.MaxValidationErrors);
        var status = SelectStatusCode(result, mediaType);
        if (status == HttpStatusCode.MethodNotAllowed)
        {
            context.Response.Headers.Allow = "POST";
        }

        var cost = userContext.TryGetValue(QueryCost.ItemKey, out var costed) && costed is int value ? value : 0;
        await WriteJsonResponseAsync(context, status, mediaType, result, cost, charged: result.Executed);
    }

    private static HttpStatusCode SelectStatusCode(ExecutionResult result, string mediaType)
    {
        var errors = result.Errors ?? [];
        if (errors.Any(e => e is HttpMethodValidationError))
        {
            return HttpStatusCode.MethodNotAllowed;
        }

        if (result.Executed)
        {
            return HttpStatusCode.OK;
        }

        if (errors.Any(e => e is InternalServerError))
        {
            return HttpStatusCode.InternalServerError;
        }

        return mediaType == GraphQLMediaTypes.Json ? HttpStatusCode.OK : HttpStatusCode.BadRequest;
    }

    private Task WriteErrorResponseAsync(HttpContext context, string mediaType, ExecutionError error)
    {
        var status = error is IHasPreferredStatusCode preferred ? preferred.PreferredStatusCode : HttpStatusCode.BadRequest;
        return WriteJsonResponseAsync(context, status, mediaType, new ExecutionResult { Errors = [error] }, cost: 0, charged: false);
    }

    /// <summary>Writes <paramref name="result"/>, with <c>extensions.cost</c> and the charge in <c>HttpContext.Items</c> when costs are reported.</summary>
    private async Task WriteJsonResponseAsync(HttpContext context, HttpStatusCode status, string mediaType, ExecutionResult result, int cost, bool charged)
    {
        if (reportsCost)
        {
            context.Items[QueryCost.ItemKey] = charged ? cost : 0;
            (result.Extensions ??= [])[QueryCost.ExtensionName] = new Dictionary<string, object?>
            {
                ["requestedQueryCost"] = cost,
                ["maximumAvailable"] = limits.MaxCost,
            };
        }

        context.Response.StatusCode = (int)status;
        context.Response.ContentType = $"{mediaType}; charset={GraphQLMediaTypes.Utf8}";
        await serializer.WriteAsync(context.Response.Body, result, context.RequestAborted);
    }

    /// <summary>Reads the whole body, or returns <see langword="null"/> as soon as it passes the size limit.</summary>
    private async Task<ReadOnlyMemory<byte>?> ReadBodyAsync(HttpContext context)
    {
        var limit = limits.MaxRequestBodySize;
        if (context.Request.ContentLength > limit)
        {
            return null;
        }

        var body = new MemoryStream();
        var chunk = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            int read;
            while ((read = await context.Request.Body.ReadAsync(chunk, context.RequestAborted)) > 0)
            {
                if (body.Length + read > limit)
                {
                    return null;
                }

                body.Write(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        return new ReadOnlyMemory<byte>(body.GetBuffer(), 0, (int)body.Length);
    }

    private static ReadOnlyMemory<byte> WithoutByteOrderMark(ReadOnlyMemory<byte> bytes) =>
        bytes.Span.StartsWith(Encoding.UTF8.Preamble) ? bytes[Encoding.UTF8.Preamble.Length..] : bytes;

    private static bool TryDecodeUtf8(ReadOnlyMemory<byte> bytes, out string text)
    {
        try
        {
            text = StrictUtf8.GetString(bytes.Span);
            return true;
        }
        catch (DecoderFallbackException)
        {
            text = string.Empty;
            return false;
        }
    }

    private static bool IsUtf8(string charset)
    {
        var name = charset.Trim('"', ' ');
        return name.Equals("utf-8", StringComparison.OrdinalIgnoreCase) || name.Equals("utf8", StringComparison.OrdinalIgnoreCase);
    }
}
