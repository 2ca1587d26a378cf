using FinalAccounts.Api.GraphQL;
using FinalAccounts.Http;
using FinalAccounts.Api.Snapshot;

var builder = WebApplication.CreateBuilder(args);

builder.AddSnapshot();                          // the snapshot file: built from data/reports when stale, opened read-only
builder.Services.AddFinalAccountsGraphQL();     // schema, conventions (where/order/paging), loaders

var app = builder.Build();

app.MapGraphQLEndpoint<FinalAccountsSchema>("/graphql");  // GraphQL over HTTP (GET and POST)

app.Run();

/// <summary>Visible to WebApplicationFactory in the API tests.</summary>
public partial class Program;
