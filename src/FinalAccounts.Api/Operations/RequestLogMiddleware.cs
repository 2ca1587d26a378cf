using System.Diagnostics;

namespace FinalAccounts.Api.Operations;

/// <summary>
/// One structured log entry per request: method, path, GraphQL operation name, status, duration, query cost
/// (when the transport reported one, <see cref="RequestItems"/>) and trace id. Information level; warning for
/// server errors; debug for health probes. Client addresses are not logged.
/// </summary>
public sealed class RequestLogMiddleware(RequestDelegate next, InFlightRequests inFlight, ILogger<RequestLogMiddleware> logger)
{
    private const int ClientClosedRequest = 499;

    public async Task InvokeAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        inFlight.Enter();
        var failed = false;
        try
        {
            await next(context);
        }
        catch
        {
            failed = true;
            throw;
        }
        finally
        {
            inFlight.Leave();
            var status = failed && !context.Response.HasStarted
                // A client that hung up is not a server error: logged as nginx's 499, nothing was sent.
                ? context.RequestAborted.IsCancellationRequested ? ClientClosedRequest : StatusCodes.Status500InternalServerError
                : context.Response.StatusCode;
            var level = ExemptFromLimits.Applies(context) ? LogLevel.Debug : status >= 500 ? LogLevel.Warning : LogLevel.Information;
            if (logger.IsEnabled(level))
            {
                RequestLog.Request(logger, level, context.Request.Method, context.Request.Path.Value ?? "/", OperationName(context), status,
                    Math.Round(Stopwatch.GetElapsedTime(started).TotalMilliseconds, 1), RequestItems.CostOf(context), RequestTrace.IdOf(context));
            }
        }
    }

    private static string? OperationName(HttpContext context) =>
        context.Items.TryGetValue(RequestItems.OperationName, out var name) && name is string s && s.Length > 0
            ? s
            : context.Request.Query["operationName"] is { Count: > 0 } query ? query[0] : null;
}
