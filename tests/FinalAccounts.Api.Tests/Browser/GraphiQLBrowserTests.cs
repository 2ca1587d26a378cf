using static Microsoft.Playwright.Assertions;

namespace FinalAccounts.Api.Tests.Browser;

/// <summary>A person opens /graphql in Chromium, gets GraphiQL (from this server, no CDN), picks a cookbook query and runs it.</summary>
[Collection(BrowserCollection.Name)]
public sealed class GraphiQLBrowserTests(BrowserSession session)
{
    [SkippableFact]
    public async Task GraphiQL_at_graphql_runs_a_cookbook_query_and_shows_the_result()
    {
        Skip.IfNot(session.Available, BrowserSession.SkipReason);
        await using var browser = await session.OpenAsync("/graphql");
        var page = browser.Page;

        await Expect(page.Locator(".graphiql-container")).ToBeVisibleAsync();
        await Expect(page.Locator(".graphiql-query-editor .view-lines")).ToBeVisibleAsync();
        (await page.Locator(".cookbook-recipe").CountAsync()).ShouldBeGreaterThanOrEqualTo(12);

        await page.Locator(".cookbook-recipe[data-recipe='source-documents']").ClickAsync();
        await Expect(page.Locator(".graphiql-query-editor")).ToContainTextAsync("sourceDocuments");
        await page.Locator(".graphiql-execute-button").ClickAsync();

        var response = page.Locator(".graphiql-response");
        // The editor wraps long lines, so look for short values: the unit, the provenance, the line count.
        await Expect(response).ToContainTextAsync("重庆市万州区党政信息中心");
        await Expect(response).ToContainTextAsync("\"provenance\": \"REPORTED\"");
        await Expect(response).ToContainTextAsync("\"totalCount\": 1");
        await browser.ScreenshotAsync("graphiql");
        browser.ForeignRequests(session.BaseAddress).ShouldBeEmpty();
        browser.Errors.ShouldBeEmpty();
    }

    [SkippableFact]
    public async Task A_recipe_link_opens_graphiql_with_its_query()
    {
        Skip.IfNot(session.Available, BrowserSession.SkipReason);
        await using var browser = await session.OpenAsync("/graphiql?recipe=procurement-smes");
        var page = browser.Page;

        await Expect(page.Locator(".graphiql-query-editor")).ToContainTextAsync("procurements");
        await page.Locator(".graphiql-execute-button").ClickAsync();

        await Expect(page.Locator(".graphiql-response")).ToContainTextAsync("1033.2");
    }
}
