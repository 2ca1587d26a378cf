using System.Text;
using FinalAccounts.Api.Web.Cookbook;

namespace FinalAccounts.Api.Web;

/// <summary>
/// The landing page: what the data is and where it comes from (the snapshot's id, build time, kind and
/// source documents are fetched from the API by the page's script), the cookbook, the downloads, and how to
/// query the API directly. Every label is in Chinese and English.
/// </summary>
public static class LandingPage
{
    public static string Render(ClientAssets assets, string endpoint)
    {
        var recipes = new StringBuilder();
        foreach (var recipe in Recipes.All)
            AppendRecipe(recipes, recipe);
        var missing = assets.Available ? "" : """
            <p class="note">页面脚本尚未构建，查询示例无法运行 · The page's scripts are not built, so recipes cannot run here:
            run <code>npm ci &amp;&amp; npm run build</code> in src/FinalAccounts.Api/ClientApp, or build the project with Node.js installed.</p>
            """;

        return $$$"""
            <!doctype html>
            <html lang="zh-CN">
            <head>
              <meta charset="utf-8">
              <meta name="viewport" content="width=device-width, initial-scale=1">
              <link rel="icon" href="data:,">
              <title>决算开放数据 · Final accounts open data</title>
              <meta name="description" content="An open GraphQL API over the final accounts (决算) published by Chinese public-sector units: exact figures with their source document and line.">
              <link rel="stylesheet" href="{{{ClientAssets.RequestPath}}}/landing.css">
            </head>
            <body class="landing" data-endpoint="{{{Html.Encode(endpoint)}}}">
            <header class="site">
              <h1>决算开放数据 <span class="en">Final accounts (决算) open data API</span></h1>
              <nav>
                <a href="#cookbook">查询示例 Cookbook</a>
                <a href="/graphiql">GraphiQL</a>
                <a href="#exports">数据下载 Downloads</a>
                <a href="/schema.graphql">Schema (schema.graphql)</a>
                <a href="#developers">开发者 For developers</a>
              </nav>
            </header>
            <main>
            {{{missing}}}
            <section id="about" class="lead">
              <h2>这是什么 <span class="en">What this is</span></h2>
              <p>中国的政府部门和事业单位每年公开上一年度的<strong>决算</strong>：收入、支出、功能分类、“三公”经费、政府采购、项目绩效。这里把这些报告变成一个可查询的开放数据接口：每个数字都与报告原文一致（金额单位为万元，精确到报告所写的小数），并注明出自哪份文件的哪一行。</p>
              <p class="en">Every year, Chinese government departments and public institutions publish their <strong>final accounts</strong> (决算) for the previous year: income, spending, functional categories, the “three public expenses”, procurement and project performance. This API turns those reports into open data: every figure exactly as published (amounts in 万元 = 10,000 CNY, with every stated decimal), with the document and line it comes from.</p>
              <p>由报告所述变化推算的数值（如上年决算数）标为<strong>推算</strong>；报告自身对不上的地方作为<strong>数据质量问题</strong>列出，数字保持原样。不保存项目联系人的姓名和电话。</p>
              <p class="en">Values computed from stated changes (such as the previous year's total) are marked <strong>derived</strong>; where a report's own figures do not add up, that is listed as a <strong>data-quality finding</strong> and the figures stay as published. Names and phone numbers of project contact persons are never kept.</p>
            </section>

            <section id="source">
              <h2>数据从哪里来 <span class="en">Where the data comes from</span></h2>
              <p><span id="snapshot-kind" class="badge">读取中… Loading…</span></p>
              <dl class="facts">
                <div><dt>快照 ID · Snapshot id</dt><dd id="snapshot-id">—</dd></div>
                <div><dt>构建时间 · Built at</dt><dd id="snapshot-built">—</dd></div>
                <div><dt>原始报告 · Source documents</dt><dd id="snapshot-documents">—</dd></div>
                <div><dt>单位 · Units</dt><dd id="snapshot-units">—</dd></div>
                <div><dt>决算（单位 × 年度）· Final accounts</dt><dd id="snapshot-accounts">—</dd></div>
                <div><dt>数据质量问题 · Data-quality findings</dt><dd id="snapshot-findings">—</dd></div>
                <div><dt>快照文件 SHA-256 · Snapshot file SHA-256</dt><dd id="snapshot-sha256" class="hash">—</dd></div>
                <div><dt>生成方式（示例数据）· Generator (demo only)</dt><dd id="snapshot-generator">—</dd></div>
              </dl>
              <h3>原始报告 <span class="en">Source documents</span> (<span id="source-documents-count">—</span>)</h3>
              <div class="table-scroll">
                <table id="source-documents">
                  <thead><tr><th>文件<span class="en">File</span></th><th>年度<span class="en">Year</span></th><th>单位<span class="en">Unit</span></th><th>来源<span class="en">Provenance</span></th><th>SHA-256</th></tr></thead>
                  <tbody><tr><td colspan="5">读取中… Loading…</td></tr></tbody>
                </table>
              </div>
            </section>

            <section id="cookbook">
              <h2>查询示例 <span class="en">Cookbook: ready questions</span></h2>
              <p>每个示例回答一个问题。点“运行”向接口发出查询，结果以表格（以及图表）显示；也可以在 GraphiQL 中打开修改，或下载同样的数据。</p>
              <p class="en">Each recipe answers one question. “Run” sends its query to the live API and shows the answer as a table (and a chart where one fits); open it in GraphiQL to change it, or download the same rows.</p>
              <div class="recipes">
            {{{recipes}}}
              </div>
            </section>

            <section id="exports">
              <h2>数据下载 <span class="en">Downloads</span></h2>
              <p>接口的每个列表都可下载为 CSV（UTF-8 带 BOM，Excel 可直接打开中文）或 JSON，筛选和排序与 GraphQL 字段相同：<code>where</code> 和 <code>order</code> 取同样的参数（URL 编码的 JSON），<code>first</code> 取前 n 行。每行带来源：provenance、document（文件名及 SHA-256）和 line（行号）。</p>
              <p class="en">Every list of the API downloads as CSV (UTF-8 with BOM, so Excel opens Chinese correctly) or JSON, filtered and sorted like its GraphQL field: <code>where</code> and <code>order</code> take the same arguments as URL-encoded JSON, <code>first</code> keeps the first n rows. Each row carries its provenance, source document (file name and SHA-256) and line.</p>
              <pre>/export/figures.csv?where={"metric":{"eq":"EXPENDITURE_TOTAL"}}&amp;order=[{"year":"DESC"}]</pre>
              <p>计算出的列表（汇总、预算执行、全文搜索）按字段本身的参数导出 · Computed lists (aggregates, budget execution, search) take their field's own arguments:</p>
              <pre>/export/aggregate.csv?metric=CATEGORY_EXPENDITURE&amp;groupBy=["YEAR","CATEGORY"]</pre>
              <p>整个快照（SQLite 文件）· The whole snapshot (a SQLite file): <a href="/export/snapshot.db" download>snapshot.db</a>
                · <a href="/export/snapshot.db.sha256">snapshot.db.sha256</a> (<code>sha256sum -c snapshot.db.sha256</code>)</p>
              <div class="table-scroll">
                <table id="export-lists">
                  <thead><tr><th>列表<span class="en">List</span></th><th>下载<span class="en">Download</span></th><th>列<span class="en">Columns</span></th></tr></thead>
                  <tbody><tr><td colspan="3">读取中… Loading…</td></tr></tbody>
                </table>
              </div>
            </section>

            <section id="developers">
              <h2>开发者 <span class="en">For developers</span></h2>
              <p>GraphQL 接口 · The GraphQL endpoint: <code>{{{Html.Encode(endpoint)}}}</code> (GET and POST, GraphQL over HTTP). 完整结构见 · The whole contract: <a href="/schema.graphql">schema.graphql</a>.</p>
              <pre>curl -s {{{Html.Encode(endpoint)}}} -H 'Content-Type: application/json' \
              -d '{"query":"{ snapshot { key kind builtAt } units(first: 3) { nodes { name region } } }"}'</pre>
              <p>列表遵循 HotChocolate 的约定：<code>where</code>、<code>order</code> 与 Relay 分页（<code>first</code>/<code>after</code>，每页最多 100 行）。 · Lists follow HotChocolate's conventions: <code>where</code>, <code>order</code> and Relay paging (<code>first</code>/<code>after</code>, at most 100 rows a page).</p>
            </section>
            </main>
            <footer>决算开放数据 · Final accounts open data — 金额单位：万元 · amounts in 万元 (10,000 CNY)</footer>
            <script type="application/json" id="cookbook-data">{{{CookbookJson.Serialize(Recipes.All)}}}</script>
            <script type="module" src="{{{ClientAssets.RequestPath}}}/landing.js"></script>
            </body>
            </html>
            """;
    }

    private static void AppendRecipe(StringBuilder html, CookbookRecipe recipe)
    {
        var id = Html.Encode(recipe.Id);
        html.Append($"""
            <article class="recipe" id="recipe-{id}" data-recipe="{id}">
              <h3>{Html.Encode(recipe.Title.Zh)}<span class="en">{Html.Encode(recipe.Title.En)}</span></h3>
              <p class="question">{Html.Encode(recipe.Question.Zh)}<span class="en">{Html.Encode(recipe.Question.En)}</span></p>

            """);
        if (recipe.Variables is { } variables)
            html.Append($"""
                  <label class="variables-label">变量（可修改）· Variables (edit me)
                    <textarea class="variables" rows="2" spellcheck="false">{Html.Encode(variables)}</textarea></label>

                """);
        html.Append($"""
              <div class="actions">
                <button type="button" class="run">运行 · Run</button>
                <a href="/graphiql?recipe={Uri.EscapeDataString(recipe.Id)}">在 GraphiQL 中打开 · Open in GraphiQL</a>

            """);
        if (recipe.Export is { } export)
        {
            var query = ExportQueryString(export);
            html.Append($"""
                    <a class="export-csv" href="/export/{Html.Encode(export.List)}.csv{Html.Encode(query)}" download>CSV</a>
                    <a class="export-json" href="/export/{Html.Encode(export.List)}.json{Html.Encode(query)}" download>JSON</a>

                """);
        }
        html.Append("""
              </div>
              <div class="result" aria-live="polite"></div>
            </article>

            """);
    }

    private static string ExportQueryString(RecipeExport export)
    {
        var parts = new List<string>();
        if (export.Where is { } where) parts.Add("where=" + Uri.EscapeDataString(where));
        if (export.Order is { } order) parts.Add("order=" + Uri.EscapeDataString(order));
        return parts.Count == 0 ? "" : "?" + string.Join('&', parts);
    }
}
