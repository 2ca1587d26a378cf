namespace FinalAccounts.Api.Web;

public static class GraphiQLExtensions
{
    /// <summary>
    /// Serves GraphiQL at <c>/graphiql</c>, and at <paramref name="graphQLPath"/> when a browser asks for a page
    /// (<see cref="BrowserPageRequest"/>): that check runs before the GraphQL endpoint and passes every other
    /// request on to it unchanged.
    /// </summary>
    public static WebApplication MapGraphiQL(this WebApplication app, string graphQLPath = "/graphql")
    {
        var page = GraphiQLPage.Render(ClientAssets.Locate(app.Environment), graphQLPath);
        app.MapGet("/graphiql", (HttpContext context) => PageResponse.WriteAsync(context, page)).WithDisplayName("GraphiQL");
        app.Use(async (context, next) =>
        {
            if (context.Request.Path.Equals(graphQLPath, StringComparison.OrdinalIgnoreCase) && BrowserPageRequest.Matches(context.Request))
            {
                await PageResponse.WriteAsync(context, page);
                return;
            }
            await next(context);
        });
        return app;
    }
}
