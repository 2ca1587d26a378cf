namespace FinalAccounts.Api.Operations;

/// <summary>
/// The limits of the public server, bound from the <c>Operations</c> configuration section. Every value has
/// the default of a public deployment; tests and load runs set their own.
/// </summary>
public sealed class OperationsOptions
{
    public const string Section = "Operations";

    /// <summary>A GraphQL request still running after this long is stopped (its SQLite statement interrupted) and answered 504 <c>TIMEOUT</c>. Default 10 s.</summary>
    public TimeSpan ExecutionTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>On shutdown, requests in flight get this long to finish before their connections are closed. Default 30 s.</summary>
    public TimeSpan ShutdownTimeout { get; set; } = TimeSpan.FromSeconds(30);

    public RateLimitOptions RateLimits { get; set; } = new();

    public ConcurrencyLimitOptions Concurrency { get; set; } = new();

    public OpenCorsOptions Cors { get; set; } = new();

    /// <summary>Reverse proxies whose <c>X-Forwarded-For</c> names the client (addresses or CIDR networks). Default none.</summary>
    public List<string> TrustedProxies { get; set; } = [];

    /// <summary>The options of <paramref name="configuration"/>, defaults where a key is missing.</summary>
    public static OperationsOptions From(IConfiguration configuration) =>
        configuration.GetSection(Section).Get<OperationsOptions>() ?? new OperationsOptions();
}
