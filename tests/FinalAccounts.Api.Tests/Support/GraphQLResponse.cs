using System.Net;
using System.Text.Json.Nodes;

namespace FinalAccounts.Api.Tests.Support;

/// <summary>An HTTP status and a parsed GraphQL response body.</summary>
public sealed record GraphQLResponse(HttpStatusCode Status, JsonNode Body)
{
    public JsonArray? Errors => Body["errors"] as JsonArray;

    public JsonNode? Data => Body["data"];

    /// <summary>The extensions.code of the first error.</summary>
    public string? FirstErrorCode => Errors?[0]?["extensions"]?["code"]?.GetValue<string>();
}
