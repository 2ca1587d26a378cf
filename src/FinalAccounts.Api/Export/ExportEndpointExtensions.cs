using FinalAccounts.Api.Snapshot;

namespace FinalAccounts.Api.Export;

public static class ExportEndpointExtensions
{
    /// <summary>
    /// Maps the downloads under <c>/export</c>: the index of lists (<c>/export</c>), every root list as
    /// <c>/export/{list}.csv</c> and <c>/export/{list}.json</c> with the field's <c>where</c> and <c>order</c>
    /// (a computed list, such as <c>aggregate</c>, with the field's own arguments),
    /// and the snapshot file with its SHA-256 (<c>/export/snapshot.db</c>, <c>/export/snapshot.db.sha256</c>).
    /// </summary>
    public static IEndpointRouteBuilder MapExports(this IEndpointRouteBuilder endpoints)
    {
        var services = endpoints.ServiceProvider;
        var catalog = ActivatorUtilities.CreateInstance<ExportCatalog>(services);
        var handler = new ExportHandler(catalog, ActivatorUtilities.CreateInstance<ExportArgumentReader>(services),
            ActivatorUtilities.CreateInstance<QueryListExport>(services),
            new SnapshotChecksum(services.GetRequiredService<ServedSnapshot>()),
            services.GetRequiredService<global::GraphQL.IGraphQLSerializer>(),
            services.GetRequiredService<ILoggerFactory>().CreateLogger<ExportHandler>());

        var group = endpoints.MapGroup("/export");
        group.MapGet("", handler.IndexAsync).WithDisplayName("Export index");
        group.MapGet("/snapshot.db", (Func<HttpContext, Task<IResult>>)handler.SnapshotAsync).WithDisplayName("Export snapshot file");
        group.MapGet("/snapshot.db.sha256", (Func<HttpContext, Task<IResult>>)handler.SnapshotSha256Async).WithDisplayName("Export snapshot checksum");
        group.MapGet("/{file}", handler.ListAsync).WithDisplayName("Export list");
        return endpoints;
    }
}
