using System.Globalization;

namespace FinalAccounts.Api.Operations;

/// <summary>
/// Bounds a request's time: <see cref="HttpContext.RequestAborted"/> is replaced by a token that is also
/// cancelled after <see cref="OperationsOptions.ExecutionTimeout"/>. The GraphQL transport executes with that
/// token, resolvers pass it to their queries, and the snapshot session interrupts the running SQLite statement
/// when it fires (<see cref="Snapshot.StatementGuard"/>). A request stopped this way is answered
/// 504 <c>TIMEOUT</c>; one the client abandoned is not answered.
/// </summary>
public sealed class ExecutionTimeoutMiddleware(RequestDelegate next, OperationsOptions options, ILogger<ExecutionTimeoutMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (ExemptFromLimits.Applies(context) || options.ExecutionTimeout <= TimeSpan.Zero)
        {
            await next(context);
            return;
        }

        var clientAborted = context.RequestAborted;
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(clientAborted);
        deadline.CancelAfter(options.ExecutionTimeout);
        context.RequestAborted = deadline.Token;
        try
        {
            await next(context);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !clientAborted.IsCancellationRequested && !context.Response.HasStarted)
        {
            // Stopped by the deadline; answered below.
        }
        finally
        {
            context.RequestAborted = clientAborted;
        }

        if (!deadline.IsCancellationRequested || clientAborted.IsCancellationRequested || context.Response.HasStarted) return;

        logger.LogWarning("Request stopped after the execution timeout of {Timeout}; traceId {TraceId}", options.ExecutionTimeout, RequestTrace.IdOf(context));
        var seconds = options.ExecutionTimeout.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture);
        await ErrorResponse.WriteAsync(context, StatusCodes.Status504GatewayTimeout, "TIMEOUT",
            $"The request ran longer than the limit of {seconds} s and was stopped. Ask for fewer items (smaller pages, fewer nested lists).",
            json => json.WriteNumber("timeoutSeconds", options.ExecutionTimeout.TotalSeconds));
    }
}
