namespace FinalAccounts.Api.Web;

/// <summary>
/// The folder of the pages' built scripts and styles (<c>wwwroot/app</c>, bundled from ClientApp by the
/// project's build): under the content root when run from the project folder, else beside the assembly.
/// </summary>
public sealed class ClientAssets(string? folder)
{
    public const string RequestPath = "/app";

    /// <summary>The folder, or null when the assets were not built (the pages then say how to build them).</summary>
    public string? Folder { get; } = folder;

    public bool Available => Folder is not null;

    public static ClientAssets Locate(IWebHostEnvironment environment)
    {
        string[] candidates =
        [
            Path.Combine(environment.ContentRootPath, "wwwroot", "app"),
            Path.Combine(AppContext.BaseDirectory, "wwwroot", "app"),
        ];
        return new ClientAssets(candidates.FirstOrDefault(c => File.Exists(Path.Combine(c, "landing.js")) && File.Exists(Path.Combine(c, "graphiql.js"))));
    }
}
