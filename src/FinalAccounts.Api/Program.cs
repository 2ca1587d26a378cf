using FinalAccounts.Api.Export;
using FinalAccounts.Api.GraphQL;
using FinalAccounts.Api.Operations;
using FinalAccounts.Http;
using FinalAccounts.Api.Snapshot;
using FinalAccounts.Api.Web;

SqliteProcessSettings.Apply();                  // before any connection: no global allocation statistics
// Settings are read once: watching appsettings.json would put an inotify watch on every folder under the content root (~2,000, node_modules included).
var builder = WebApplication.CreateBuilder(["--hostBuilder:reloadConfigOnChange=false", .. args]);

builder.AddSnapshot();                          // the snapshot file: built from data/reports when stale, opened read-only, swapped when rebuilt
builder.AddRequestLogging();                    // one structured log entry per request
builder.AddTrustedProxies();                    // the client address behind listed reverse proxies
builder.AddOpenCors();                          // any origin, without credentials
builder.AddRateLimits();                        // per client: a request bucket and a query-cost budget
builder.AddConcurrencyLimit();                  // a few requests at once, a short queue, 503 beyond
builder.AddGracefulShutdown();                  // requests in flight finish on shutdown
builder.Services.AddFinalAccountsGraphQL();     // schema, conventions (where/order/paging), loaders

var app = builder.Build();

app.UseTrustedProxies();                                 // X-Forwarded-For from listed proxies only, before anything counts clients
app.UseRequestLogging();                                 // method, path, operation, status, duration, cost, trace id
app.UseOpenCors();                                       // preflights, and CORS headers on every answer (refusals too)
app.UseClientAssets();                                   // /app/*: the pages' scripts and styles, bundled from ClientApp at build time
app.UseRateLimits();                                     // 429 with Retry-After and X-RateLimit-* headers
app.UseConcurrencyLimit();                               // 503 with Retry-After when running and queue are full
app.UseExecutionTimeout("/graphql");                     // a running SQLite statement is interrupted: 504 TIMEOUT
app.UseSnapshotETag("/graphql");                         // ETag: the id of the snapshot the request read

app.MapHealthEndpoints();                                // /healthz/live, /healthz/ready
app.MapLandingPage();                                    // /: what the data is, where it comes from, the cookbook with tables and charts
app.MapGraphiQL();                                       // /graphiql, and /graphql when a browser asks for a page
app.MapExports();                                        // /export/{list}.csv|json with where/order, /export/snapshot.db and its SHA-256
app.MapGraphQLEndpoint<FinalAccountsSchema>("/graphql");  // GraphQL over HTTP (GET and POST)

app.Run();

/// <summary>Visible to WebApplicationFactory in the API tests.</summary>
public partial class Program;
