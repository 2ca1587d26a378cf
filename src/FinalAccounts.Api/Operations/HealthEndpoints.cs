using FinalAccounts.Api.Snapshot;

namespace FinalAccounts.Api.Operations;

public static class HealthEndpoints
{
    /// <summary>
    /// <c>GET /healthz/live</c>: 200 while the process runs. <c>GET /healthz/ready</c>: 200 with the snapshot
    /// being served (id, kind, build time, schema version, and its version number, which grows with every swap),
    /// 503 once shutdown has begun. Neither is rate-limited, queued or timed out, nor cached.
    /// </summary>
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/healthz").WithMetadata(ExemptFromLimits.Instance);
        group.MapGet("/live", (HttpContext context) =>
        {
            context.Response.Headers.CacheControl = "no-store";
            return Results.Json(new { status = "live" });
        }).WithDisplayName("Health: live");

        group.MapGet("/ready", (HttpContext context, ServedSnapshot served, IHostApplicationLifetime lifetime) =>
        {
            context.Response.Headers.CacheControl = "no-store";
            if (lifetime.ApplicationStopping.IsCancellationRequested)
                return Results.Json(new { status = "stopping" }, statusCode: StatusCodes.Status503ServiceUnavailable);

            var snapshot = served.Current;
            context.Response.Headers.ETag = snapshot.ETag;
            return Results.Json(new
            {
                status = "ready",
                snapshot = new
                {
                    id = snapshot.Id,
                    kind = snapshot.Kind,
                    builtAt = snapshot.BuiltAt,
                    schemaVersion = snapshot.SchemaVersion,
                    version = snapshot.Number,
                    openedAt = snapshot.OpenedAt,
                },
            });
        }).WithDisplayName("Health: ready");
        return endpoints;
    }
}
