using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FinalAccounts.Api.Tests.Browser;

/// <summary>A person opens the landing page in Chromium, sees where the data comes from and runs cookbook recipes.</summary>
[Collection(BrowserCollection.Name)]
public sealed class LandingPageBrowserTests(BrowserSession session)
{
    [SkippableFact]
    public async Task The_landing_page_shows_the_source_and_runs_two_recipes_into_tables_and_charts()
    {
        Skip.IfNot(session.Available, BrowserSession.SkipReason);
        await using var browser = await session.OpenAsync("/");
        var page = browser.Page;

        await Expect(page.Locator("#snapshot-kind")).ToContainTextAsync("REAL");
        await Expect(page.Locator("#source-documents tbody")).ToContainTextAsync("wanzhou-party-govt-info-center-2021.txt");
        await Expect(page.Locator("#snapshot-sha256")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^[0-9a-f]{64}$"));
        (await page.Locator("article.recipe").CountAsync()).ShouldBeGreaterThanOrEqualTo(12);

        // A unit's trend: the reported 2021 total and the derived 2020 total, as a line chart and a table.
        var trend = page.Locator("#recipe-unit-spending-trend");
        await trend.Locator("button.run").ClickAsync();
        await Expect(trend).ToHaveAttributeAsync("data-state", "done");
        var trendRows = trend.Locator("table.result-table tbody tr");
        await Expect(trendRows).ToHaveCountAsync(1);
        await Expect(trendRows.First).ToContainTextAsync("6,954.99");
        await Expect(trendRows.First).ToContainTextAsync("803.50");
        await Expect(trend.Locator("svg.chart-line path.series-line")).ToHaveCountAsync(2);
        await Expect(trend.Locator("svg.chart-line circle.point")).ToHaveCountAsync(2);
        await Expect(trend.Locator("svg.chart-line")).ToContainTextAsync("2020");
        await Expect(trend.Locator("svg.chart-line")).ToContainTextAsync("Previous year (derived)");

        // The category breakdown of the year: four categories, as bars and rows.
        var categories = page.Locator("#recipe-year-category-breakdown");
        await categories.Locator("button.run").ClickAsync();
        await Expect(categories).ToHaveAttributeAsync("data-state", "done");
        await Expect(categories.Locator("table.result-table tbody tr")).ToHaveCountAsync(4);
        await Expect(categories.Locator("table.result-table tbody tr").First).ToContainTextAsync("一般公共服务支出");
        await Expect(categories.Locator("table.result-table tbody tr").First).ToContainTextAsync("774.33");
        await Expect(categories.Locator("svg.chart-bar rect.bar")).ToHaveCountAsync(4);

        await browser.ScreenshotAsync("landing");
        await page.EvalOnSelectorAsync("#cookbook", "section => section.scrollIntoView()");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserSession.Screenshots, "landing-cookbook.png") });
        await trend.ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(BrowserSession.Screenshots, "landing-trend.png") });
        await categories.ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(BrowserSession.Screenshots, "landing-categories.png") });
        browser.ForeignRequests(session.BaseAddress).ShouldBeEmpty();
        browser.Errors.ShouldBeEmpty();
    }

    [SkippableFact]
    public async Task A_recipe_with_a_bad_variable_shows_the_apis_error_instead_of_a_table()
    {
        Skip.IfNot(session.Available, BrowserSession.SkipReason);
        await using var browser = await session.OpenAsync("/");
        var search = browser.Page.Locator("#recipe-reason-search");

        await search.Locator("textarea.variables").FillAsync("""{ "text": 42 }""");
        await search.Locator("button.run").ClickAsync();

        await Expect(search).ToHaveAttributeAsync("data-state", "error");
        await Expect(search.Locator(".errors li")).ToContainTextAsync("text");
        await Expect(search.Locator("table")).ToHaveCountAsync(0);
    }
}
