namespace FinalAccounts.Http;

/// <summary>The media types of the GraphQL-over-HTTP specification that this transport reads and writes.</summary>
public static class GraphQLMediaTypes
{
    /// <summary>The spec's own response type: status codes then tell request errors from results.</summary>
    public const string GraphQLResponseJson = "application/graphql-response+json";

    /// <summary>Plain JSON: a request body, or a response that is 200 for every well-formed request.</summary>
    public const string Json = "application/json";

    /// <summary>The spec's earlier name for <see cref="GraphQLResponseJson"/>; still accepted.</summary>
    public const string LegacyGraphQLJson = "application/graphql+json";

    /// <summary>A POST body that is the query text itself.</summary>
    public const string GraphQLText = "application/graphql";

    /// <summary>The only request and response charset.</summary>
    public const string Utf8 = "utf-8";
}
