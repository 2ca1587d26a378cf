namespace FinalAccounts.Api.Operations;

/// <summary>The request log's messages; each value is a structured property.</summary>
internal static partial class RequestLog
{
    [LoggerMessage(EventId = 1, EventName = "Request",
        Message = "{Method} {Path} {OperationName} → {StatusCode} in {DurationMs} ms, cost {Cost}, trace {TraceId}")]
    public static partial void Request(ILogger logger, LogLevel level, string method, string path, string? operationName,
        int statusCode, double durationMs, double? cost, string traceId);
}
