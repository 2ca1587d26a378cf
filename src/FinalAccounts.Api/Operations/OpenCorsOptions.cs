namespace FinalAccounts.Api.Operations;

/// <summary>
/// Cross-origin access: the data is public and the API uses no cookies, so every origin may call it,
/// without credentials.
/// </summary>
public sealed class OpenCorsOptions
{
    /// <summary>The request headers allowed when <see cref="AllowedHeaders"/> is not configured.</summary>
    public static readonly string[] DefaultAllowedHeaders =
        ["Content-Type", "Accept", "GraphQL-Require-Preflight", "Apollo-Require-Preflight", "X-Apollo-Operation-Name", "If-None-Match"];

    /// <summary>Request headers a browser may send; by default the content type and the headers GraphQL clients add.</summary>
    public string[]? AllowedHeaders { get; set; }

    /// <summary>The allowed request headers in effect.</summary>
    public string[] EffectiveAllowedHeaders => AllowedHeaders is { Length: > 0 } configured ? configured : DefaultAllowedHeaders;

    /// <summary>How long a browser may cache a preflight answer. Default 1 hour.</summary>
    public TimeSpan PreflightMaxAge { get; set; } = TimeSpan.FromHours(1);
}
