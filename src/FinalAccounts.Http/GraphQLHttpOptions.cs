namespace FinalAccounts.Http;

/// <summary>
/// Resources of the GraphQL HTTP transport (its limits on requests are <see cref="Limits.GraphQLLimits"/>).
/// Configure with <c>services.Configure&lt;GraphQLHttpOptions&gt;(o =&gt; ...)</c>; the defaults suit a public endpoint.
/// </summary>
public sealed class GraphQLHttpOptions
{
    /// <summary>
    /// Total length, in characters of query text, of the parsed documents kept by
    /// <see cref="ParsedDocumentCache"/>; the least recently used go first. Default 500,000.
    /// </summary>
    public long DocumentCacheSize { get; set; } = 500_000;
}
