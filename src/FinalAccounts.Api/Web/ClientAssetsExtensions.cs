using Microsoft.Extensions.FileProviders;

namespace FinalAccounts.Api.Web;

public static class ClientAssetsExtensions
{
    /// <summary>
    /// Serves the pages' built assets under <c>/app</c> from this server (GraphiQL, its editor workers and
    /// fonts, the landing page's script): nothing is fetched from another host at run time.
    /// </summary>
    public static WebApplication UseClientAssets(this WebApplication app)
    {
        var assets = ClientAssets.Locate(app.Environment);
        if (assets.Folder is { } folder)
        {
            app.UseStaticFiles(new StaticFileOptions
            {
                FileProvider = new PhysicalFileProvider(folder),
                RequestPath = ClientAssets.RequestPath,
                // File names are stable across builds: browsers revalidate (ETag) instead of keeping stale scripts.
                OnPrepareResponse = context => context.Context.Response.Headers.CacheControl = "no-cache",
            });
        }
        else
        {
            app.Logger.LogWarning("The pages' assets are not built (wwwroot/app): run `npm ci && npm run build` in src/FinalAccounts.Api/ClientApp, or build the project with Node.js installed.");
        }
        return app;
    }
}
