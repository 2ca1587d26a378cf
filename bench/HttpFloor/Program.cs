// The HTTP floor: a minimal ASP.NET Core endpoint that answers POST /graphql with fixed bytes (a response
// captured from the real API), so a benchmark can compare our server with what Kestrel alone costs here.
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
var app = builder.Build();
var body = File.ReadAllBytes(app.Configuration["Body"] ?? throw new InvalidOperationException("--Body=<file> is required"));
app.MapPost("/graphql", async context =>
{
    await context.Request.Body.CopyToAsync(Stream.Null);
    context.Response.ContentType = "application/graphql-response+json; charset=utf-8";
    await context.Response.Body.WriteAsync(body);
});
app.MapGet("/graphql", async context =>
{
    context.Response.ContentType = "application/graphql-response+json; charset=utf-8";
    await context.Response.Body.WriteAsync(body);
});
app.Run();
