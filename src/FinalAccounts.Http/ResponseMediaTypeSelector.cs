using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace FinalAccounts.Http;

/// <summary>
/// Chooses the response media type from the <c>Accept</c> header. Entries are tried by quality, then
/// in the client's order. A missing header and the wildcards <c>*/*</c> and <c>application/*</c> get
/// <c>application/json</c>, as the graphql-http audit suite (80D8, 47DE) expects; a header that allows
/// none of the supported types gets <see langword="null"/>, answered with 406 as the spec recommends.
/// </summary>
internal static class ResponseMediaTypeSelector
{
    /// <summary>Returns the media type to answer in, or <see langword="null"/> when none is acceptable.</summary>
    public static string? Select(StringValues acceptHeader)
    {
        // Most clients send one bare media type: answer those without parsing the header.
        if (acceptHeader.Count == 1 && SelectExact(acceptHeader[0]) is { } exact)
        {
            return exact;
        }

        if (StringValues.IsNullOrEmpty(acceptHeader)
            || !MediaTypeHeaderValue.TryParseList(acceptHeader, out var entries)
            || entries.Count == 0)
        {
            return GraphQLMediaTypes.Json;
        }

        // q=0 means "not this one"; a wildcard must then fall to the other supported type.
        var refused = entries.Where(e => e.Quality == 0).Select(e => e.MediaType.Value).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var ranked = entries
            .Select((entry, index) => (entry, index))
            .Where(x => x.entry.Quality is not 0)
            .OrderByDescending(x => x.entry.Quality ?? 1)
            .ThenBy(x => x.index)
            .Select(x => x.entry);

        foreach (var entry in ranked)
        {
            var mediaType = entry.MediaType;
            if (mediaType.Equals(GraphQLMediaTypes.GraphQLResponseJson, StringComparison.OrdinalIgnoreCase))
            {
                return GraphQLMediaTypes.GraphQLResponseJson;
            }

            if (mediaType.Equals(GraphQLMediaTypes.Json, StringComparison.OrdinalIgnoreCase))
            {
                return GraphQLMediaTypes.Json;
            }

            if (mediaType.Equals(GraphQLMediaTypes.LegacyGraphQLJson, StringComparison.OrdinalIgnoreCase))
            {
                return GraphQLMediaTypes.LegacyGraphQLJson;
            }

            if (mediaType.Equals("*/*", StringComparison.Ordinal) || mediaType.Equals("application/*", StringComparison.OrdinalIgnoreCase))
            {
                if (!refused.Contains(GraphQLMediaTypes.Json))
                {
                    return GraphQLMediaTypes.Json;
                }

                if (!refused.Contains(GraphQLMediaTypes.GraphQLResponseJson))
                {
                    return GraphQLMediaTypes.GraphQLResponseJson;
                }
            }
        }

        return null;
    }

    private static string? SelectExact(string? value) =>
        value switch
        {
            GraphQLMediaTypes.Json or "*/*" => GraphQLMediaTypes.Json,
            GraphQLMediaTypes.GraphQLResponseJson => GraphQLMediaTypes.GraphQLResponseJson,
            _ => null,
        };
}
