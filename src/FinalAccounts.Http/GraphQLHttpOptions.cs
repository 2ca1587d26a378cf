namespace FinalAccounts.Http;

/// <summary>
/// Limits of the GraphQL HTTP transport. Configure with
/// <c>services.Configure&lt;GraphQLHttpOptions&gt;(o =&gt; ...)</c>; the defaults suit a public endpoint.
/// </summary>
public sealed class GraphQLHttpOptions
{
    /// <summary>Largest POST body read, in bytes; a larger one is answered 413 without being parsed. Default 64 KiB.</summary>
    public long MaxRequestBodySize { get; set; } = 64 * 1024;

    /// <summary>
    /// Total length, in characters of query text, of the parsed documents kept by
    /// <see cref="ParsedDocumentCache"/>; the least recently used go first. Default 500,000.
    /// </summary>
    public long DocumentCacheSize { get; set; } = 500_000;
}
