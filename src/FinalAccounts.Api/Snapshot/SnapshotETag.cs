using Microsoft.Net.Http.Headers;

namespace FinalAccounts.Api.Snapshot;

public static class SnapshotETag
{
    /// <summary>
    /// Gives every successful JSON response under <paramref name="path"/> an <c>ETag</c>: the id of the snapshot
    /// the request read (<see cref="SnapshotVersion.ETag"/>), pinned when the request starts, so it changes
    /// exactly when a new snapshot is served. Responses that set their own tag, and pages, keep theirs.
    /// </summary>
    public static IApplicationBuilder UseSnapshotETag(this IApplicationBuilder app, string path) =>
        app.UseWhen(c => c.Request.Path.StartsWithSegments(path), branch => branch.Use(async (context, next) =>
        {
            var session = context.RequestServices.GetRequiredService<SnapshotSession>();
            context.Response.OnStarting(() =>
            {
                var response = context.Response;
                if (response.StatusCode is >= 200 and < 300 && !response.Headers.ContainsKey(HeaderNames.ETag) && IsJson(response.ContentType))
                    response.Headers.ETag = session.Version.ETag;
                return Task.CompletedTask;
            });
            await next(context);
        }));

    private static bool IsJson(string? contentType) =>
        contentType is not null && MediaTypeHeaderValue.TryParse(contentType, out var type)
        && type.MediaType.HasValue && type.MediaType.Value!.EndsWith("json", StringComparison.OrdinalIgnoreCase);
}
