using System.Diagnostics;
using FinalAccounts.Http.Errors;
using GraphQL;
using GraphQL.Execution;
using GraphQLParser.Exceptions;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace FinalAccounts.Http;

/// <summary>
/// Replaces every <see cref="UnhandledError"/> of a result (an exception thrown by a resolver or by
/// the executer) with an <see cref="InternalServerError"/> that keeps only the error's path and
/// locations, and logs the exception in full under the same trace id. The one unhandled exception
/// that is the client's doing, the parser's depth limit, becomes a <see cref="DocumentTooDeepError"/>.
/// </summary>
internal sealed class UnhandledErrorMasker(ILogger<UnhandledErrorMasker> logger)
{
    /// <summary>The trace id of a request: the W3C trace id when one is active, else the request's identifier.</summary>
    public static string TraceIdOf(HttpContext context) =>
        Activity.Current is { } activity && activity.TraceId != default
            ? activity.TraceId.ToHexString()
            : context.TraceIdentifier;

    /// <summary>Masks the unhandled errors of <paramref name="result"/> in place.</summary>
    public void Mask(ExecutionResult result, HttpContext context, string? operationName)
    {
        if (result.Errors is not { Count: > 0 } errors || !errors.Any(e => e is UnhandledError))
        {
            return;
        }

        var traceId = TraceIdOf(context);
        var masked = new ExecutionErrors();
        foreach (var error in errors)
        {
            if (error is not UnhandledError unhandled)
            {
                masked.Add(error);
                continue;
            }

            if (unhandled.InnerException is GraphQLMaxDepthExceededException tooDeep)
            {
                masked.Add(new DocumentTooDeepError(tooDeep));
                continue;
            }

            logger.LogError(
                unhandled.InnerException ?? unhandled,
                "Unhandled exception in GraphQL operation {OperationName} at {Path}; traceId {TraceId}",
                operationName,
                unhandled.Path is null ? null : string.Join('.', unhandled.Path),
                traceId);

            var replacement = new InternalServerError(traceId) { Path = unhandled.Path };
            foreach (var location in unhandled.Locations ?? [])
            {
                replacement.AddLocation(location);
            }

            masked.Add(replacement);
        }

        result.Errors = masked;
    }
}
