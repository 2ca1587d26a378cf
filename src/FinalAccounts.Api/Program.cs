using FinalAccounts.Api.Export;
using FinalAccounts.Api.GraphQL;
using FinalAccounts.Http;
using FinalAccounts.Api.Snapshot;
using FinalAccounts.Api.Web;

var builder = WebApplication.CreateBuilder(args);

builder.AddSnapshot();                          // the snapshot file: built from data/reports when stale, opened read-only
builder.Services.AddFinalAccountsGraphQL();     // schema, conventions (where/order/paging), loaders

var app = builder.Build();

app.UseClientAssets();                                   // /app/*: the pages' scripts and styles, bundled from ClientApp at build time
app.MapLandingPage();                                    // /: what the data is, where it comes from, the cookbook with tables and charts
app.MapGraphiQL();                                       // /graphiql, and /graphql when a browser asks for a page
app.MapExports();                                        // /export/{list}.csv|json with where/order, /export/snapshot.db and its SHA-256
app.MapGraphQLEndpoint<FinalAccountsSchema>("/graphql");  // GraphQL over HTTP (GET and POST)

app.Run();

/// <summary>Visible to WebApplicationFactory in the API tests.</summary>
public partial class Program;
