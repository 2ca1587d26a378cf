using FinalAccounts.Api.Web.Cookbook;

namespace FinalAccounts.Api.Web;

/// <summary>The GraphiQL page: a shell that loads the bundled GraphiQL from /app with the cookbook in a side panel.</summary>
public static class GraphiQLPage
{
    public static string Render(ClientAssets assets, string endpoint)
    {
        var missing = assets.Available ? "" : """
            <p style="font-family:sans-serif;padding:1rem">GraphiQL 尚未构建 · GraphiQL is not built: run <code>npm ci &amp;&amp; npm run build</code> in src/FinalAccounts.Api/ClientApp (or build the project with Node.js installed).</p>
            """;
        return $$"""
            <!doctype html>
            <html lang="zh-CN">
            <head>
              <meta charset="utf-8">
              <meta name="viewport" content="width=device-width, initial-scale=1">
              <link rel="icon" href="data:,">
              <title>GraphiQL · 决算开放数据 Final accounts</title>
              <link rel="stylesheet" href="{{ClientAssets.RequestPath}}/graphiql.css">
            </head>
            <body data-endpoint="{{Html.Encode(endpoint)}}">
              {{missing}}
              <div id="graphiql">加载中… Loading…</div>
              <script type="application/json" id="cookbook-data">{{CookbookJson.Serialize(Recipes.All)}}</script>
              <script type="module" src="{{ClientAssets.RequestPath}}/graphiql.js"></script>
            </body>
            </html>
            """;
    }
}
