using System.Collections.Concurrent;
using FinalAccounts.Api.Tests.Fixtures;
using FinalAccounts.Api.Tests.Support;
using FinalAccounts.Http.Limits;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FinalAccounts.Api.Tests.Limits.Support;

/// <summary>
/// The real server over the fixture snapshot with its default limits, counting SQL statements, recording
/// its log and the cost each request was charged. <see cref="With"/> adds configuration keys and
/// test services (an interceptor that fails, say). Per-client rate
/// limits are off: these tests send many requests from one address on purpose.
/// </summary>
public sealed class LimitsServer : WebApplicationFactory<Program>
{
    private readonly IReadOnlyDictionary<string, string?>? settings;
    private readonly Action<IServiceCollection>? services;

    /// <summary>The server with every default: the one xunit creates as a class fixture.</summary>
    public LimitsServer()
    {
    }

    private LimitsServer(IReadOnlyDictionary<string, string?>? settings, Action<IServiceCollection>? services)
    {
        this.settings = settings;
        this.services = services;
    }

    /// <summary>A server with extra configuration keys and test services.</summary>
    public static LimitsServer With(IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null) =>
        new(settings, services);

    public StatementCounter Statements { get; } = new();

    public CapturedLogs Logs { get; } = new();

    /// <summary>What each completed request left in <c>HttpContext.Items["graphql.cost"]</c>, in order.</summary>
    public ConcurrentQueue<object?> Charges { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Snapshot:Path", FixtureSnapshot.Path);
        builder.UseSetting("Snapshot:BuildIfStale", "false");
        builder.UseSetting("Operations:RateLimits:Enabled", "false");
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            builder.UseSetting(key, value);
        builder.ConfigureTestServices(s =>
        {
            s.AddSingleton<IInterceptor>(Statements);
            s.AddSingleton<ILoggerProvider>(Logs);
            s.AddSingleton<IStartupFilter>(new ChargeRecorder(Charges));
            services?.Invoke(s);
        });
    }

    private sealed class ChargeRecorder(ConcurrentQueue<object?> charges) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (context, proceed) =>
            {
                await proceed(context);
                charges.Enqueue(context.Items.TryGetValue(QueryCost.ItemKey, out var cost) ? cost : null);
            });
            next(app);
        };
    }
}
