namespace FinalAccounts.Api.Operations;

/// <summary>
/// Endpoint metadata: requests to the endpoint are never rate-limited, queued or timed out, and are logged
/// at debug level only. For health probes, which must answer even when the server is saturated.
/// </summary>
public sealed class ExemptFromLimits
{
    public static readonly ExemptFromLimits Instance = new();

    private ExemptFromLimits()
    {
    }

    /// <summary>Whether the request's endpoint carries this metadata.</summary>
    public static bool Applies(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetMetadata<ExemptFromLimits>() is not null;
}
