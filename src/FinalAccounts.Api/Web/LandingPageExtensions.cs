using FinalAccounts.Api.GraphQL;

namespace FinalAccounts.Api.Web;

public static class LandingPageExtensions
{
    /// <summary>Maps the landing page at <c>/</c> and the printed schema at <c>/schema.graphql</c>, which the page links to.</summary>
    public static WebApplication MapLandingPage(this WebApplication app, string graphQLPath = "/graphql")
    {
        var assets = ClientAssets.Locate(app.Environment);
        var page = LandingPage.Render(assets, graphQLPath);
        app.MapGet("/", (HttpContext context) => PageResponse.WriteAsync(context, page)).WithDisplayName("Landing page");

        var schema = new Lazy<string>(() => SchemaDocument.Print(app.Services.GetRequiredService<FinalAccountsSchema>()));
        app.MapGet("/schema.graphql", () => TypedResults.Text(schema.Value, "text/plain; charset=utf-8")).WithDisplayName("Schema (SDL)");
        return app;
    }
}
