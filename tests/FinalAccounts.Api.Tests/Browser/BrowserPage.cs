using Microsoft.Playwright;

namespace FinalAccounts.Api.Tests.Browser;

/// <summary>An open page with what it did: the URLs it requested, and its script errors and console errors.</summary>
public sealed class BrowserPage : IAsyncDisposable
{
    private readonly IBrowserContext _context;
    private readonly List<string> _requests = [];
    private readonly List<string> _errors = [];

    public BrowserPage(IBrowserContext context, IPage page)
    {
        _context = context;
        Page = page;
        page.Request += (_, request) => { lock (_requests) _requests.Add(request.Url); };
        page.PageError += (_, error) => { lock (_errors) _errors.Add("page error: " + error); };
        page.Console += (_, message) =>
        {
            if (message.Type == "error") lock (_errors) _errors.Add("console: " + message.Text);
        };
    }

    public IPage Page { get; }

    public IReadOnlyList<string> Requests { get { lock (_requests) return [.. _requests]; } }

    public IReadOnlyList<string> Errors { get { lock (_errors) return [.. _errors]; } }

    /// <summary>Requests that left this server (a CDN, a font host…): there must be none.</summary>
    public IReadOnlyList<string> ForeignRequests(Uri server) =>
        Requests.Where(url => Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.Authority != server.Authority).ToList();

    public async Task ScreenshotAsync(string name) =>
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserSession.Screenshots, name + ".png"), FullPage = true });

    public async ValueTask DisposeAsync() => await _context.CloseAsync();
}
