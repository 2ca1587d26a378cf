using System.Diagnostics;

namespace FinalAccounts.Api.Operations;

/// <summary>The trace id a client quotes and the logs carry, computed as the GraphQL transport computes it.</summary>
public static class RequestTrace
{
    /// <summary>The W3C trace id when one is active, else the request's identifier.</summary>
    public static string IdOf(HttpContext context) =>
        Activity.Current is { } activity && activity.TraceId != default
            ? activity.TraceId.ToHexString()
            : context.TraceIdentifier;
}
