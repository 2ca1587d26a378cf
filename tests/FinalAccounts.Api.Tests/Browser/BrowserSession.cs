using FinalAccounts.Api.Tests.Support;
using FinalAccounts.Ingest.Snapshot;
using Microsoft.Playwright;

namespace FinalAccounts.Api.Tests.Browser;

/// <summary>
/// The real server on a free port (Kestrel) over a snapshot built from data/reports, and Debian's Chromium
/// driven headless by Playwright, shared by the browser tests. Never downloads a browser: where
/// /usr/bin/chromium is missing, <see cref="Available"/> is false and the tests skip with the install command.
/// </summary>
public sealed class BrowserSession : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";
    public const string SkipReason = "Chromium is not installed at " + ChromiumPath + "; install it with: apt-get install -y chromium";

    private static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private string? _folder;
    private KestrelApiFactory? _server;
    private IPlaywright? _playwright;

    public bool Available { get; } = File.Exists(ChromiumPath);

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>http://127.0.0.1:port, the address the server listens on.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    public static string Screenshots { get; } = Path.Combine(RepositoryPaths.Root, "TestResults", "screenshots");

    public async Task InitializeAsync()
    {
        if (!Available) return;
        _folder = Directory.CreateTempSubdirectory("finalaccounts-browser-").FullName;
        var snapshot = Path.Combine(_folder, "snapshot.db");
        var log = new StringWriter();
        if (!SnapshotBuilder.Build(RepositoryPaths.Reports, snapshot, log).SnapshotWritten)
            throw new InvalidOperationException("The real reports did not build:\n" + log);

        _server = new KestrelApiFactory(snapshot);
        BaseAddress = _server.Start();

        _playwright = await Playwright.CreateAsync();
        // The whole suite runs beside the browser on two cores: give pages time, not the 5 s default.
        Assertions.SetDefaultExpectTimeout(30_000);
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
        });
        Directory.CreateDirectory(Screenshots);
    }

    /// <summary>A new page in a fresh context (no stored GraphiQL tabs), recording every request and error it sees.</summary>
    public async Task<BrowserPage> OpenAsync(string path)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
            AcceptDownloads = true,
            Locale = "zh-CN",
        });
        context.SetDefaultTimeout(30_000);
        var page = await context.NewPageAsync();
        var recorded = new BrowserPage(context, page);
        await page.GotoAsync(path, new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        return recorded;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        _playwright?.Dispose();
        if (_server is not null) await _server.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (_folder is not null)
            try { Directory.Delete(_folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
