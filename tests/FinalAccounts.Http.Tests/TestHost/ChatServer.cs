using System.Collections.Concurrent;
using System.Text.Encodings.Web;
using FinalAccounts.Http.Limits;
using FinalAccounts.Http.Tests.Chat;
using GraphQL;
using GraphQL.DI;
using GraphQL.Execution;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace FinalAccounts.Http.Tests.TestHost;

/// <summary>
/// A host serving <see cref="ChatSchema"/> at <c>/graphql</c> with the transport under test, registered
/// the way the Api registers its own schema. In memory (TestServer) by default, or on Kestrel at a free
/// loopback port for clients outside the process. JSON is written with relaxed escaping, as the Api
/// does, so Chinese text and quotes appear as themselves.
/// </summary>
public sealed class ChatServer : IAsyncDisposable
{
    public const string Path = "/graphql";

    private readonly WebApplication app;

    private ChatServer(WebApplication app, HttpClient client, RecordingLoggerProvider logs, string? url)
    {
        this.app = app;
        Client = client;
        Logs = logs;
        Url = url;
    }

    public HttpClient Client { get; }

    public RecordingLoggerProvider Logs { get; }

    public IServiceProvider Services => app.Services;

    /// <summary>The endpoint's absolute URL when served on Kestrel.</summary>
    public string? Url { get; }

    /// <summary>The final status code of every request the server completed, in order.</summary>
    public ConcurrentQueue<int> CompletedStatusCodes { get; } = new();

    /// <summary>What every completed request left in <c>HttpContext.Items[QueryCost.ItemKey]</c> (null: nothing), in order.</summary>
    public ConcurrentQueue<object?> CompletedCosts { get; } = new();

    public CountingDocumentBuilder DocumentBuilder => app.Services.GetRequiredService<CountingDocumentBuilder>();

    public static async Task<ChatServer> StartAsync(
        Action<IGraphQLBuilder>? configureGraphQL = null,
        Action<IServiceCollection>? configureServices = null,
        bool onKestrel = false)
    {
        var builder = WebApplication.CreateSlimBuilder();
        var logs = new RecordingLoggerProvider();
        builder.Logging.ClearProviders().AddProvider(logs).SetMinimumLevel(LogLevel.Debug);
        if (onKestrel)
        {
            builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        }
        else
        {
            builder.WebHost.UseTestServer();
        }

        builder.Services.AddSingleton<ChatRoom>();
        builder.Services.AddSingleton<ResolverProbe>();
        builder.Services.AddGraphQL(b =>
        {
            b.AddSystemTextJson(o => o.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping)
                .AddSchema<ChatSchema>()
                .AddGraphTypes(typeof(ChatSchema).Assembly)
                .AddGraphQLHttpDefaults();
            configureGraphQL?.Invoke(b);
        });
        builder.Services.AddSingleton<CountingDocumentBuilder>();
        builder.Services.AddSingleton<IDocumentBuilder>(services => services.GetRequiredService<CountingDocumentBuilder>());
        configureServices?.Invoke(builder.Services);

        var app = builder.Build();
        ChatServer? server = null;
        app.Use(async (context, next) =>
        {
            await next(context);
            server!.CompletedStatusCodes.Enqueue(context.Response.StatusCode);
            server.CompletedCosts.Enqueue(context.Items.TryGetValue(QueryCost.ItemKey, out var cost) ? cost : null);
        });
        app.MapGraphQLEndpoint<ChatSchema>(Path);
        await app.StartAsync();

        var url = onKestrel ? app.Urls.Single().TrimEnd('/') + Path : null;
        var client = onKestrel ? new HttpClient { BaseAddress = new Uri(url!) } : app.GetTestClient();
        server = new ChatServer(app, client, logs, url);
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await app.Services.GetRequiredService<ResolverProbe>().Release.CancelAsync();
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
