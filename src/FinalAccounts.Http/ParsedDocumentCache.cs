using GraphQL;
using GraphQL.DI;
using GraphQL.Validation;
using GraphQL.Validation.Rules;
using GraphQLParser.AST;
using Microsoft.Extensions.Caching.Memory;

namespace FinalAccounts.Http;

/// <summary>
/// Keeps the parsed documents of queries that passed validation, keyed by query text, so the same
/// text is parsed once and the rules that look at the text alone run once. For a cached document the
/// core rules of the specification are skipped, except <see cref="FieldArgumentsAreValidRule"/>; every
/// other rule still runs, because it may depend on the variables (the complexity analyzer weighs
/// <c>first: $n</c>, argument validators see variable values) or on the request (the GET-only-queries
/// rule), and variables are still coerced on every request. GraphQL.NET's own caches skip all rules but
/// <see cref="ExecutionOptions.CachedDocumentValidationRules"/>, which would let a cached query evade
/// the cost limit by changing its variables. Registered by <see cref="GraphQLHttpBuilderExtensions.AddGraphQLHttpDefaults"/>.
/// </summary>
public sealed class ParsedDocumentCache : IConfigureExecution, IDisposable
{
    /// <summary>The specification's rules that depend on nothing but the document and the schema.</summary>
    private static readonly HashSet<object?> DocumentOnlyRules =
        DocumentValidator.CoreRules.Where(rule => rule is not FieldArgumentsAreValidRule).ToHashSet(ReferenceEqualityComparer.Instance);

    private readonly MemoryCache documents;

    /// <summary>Creates a cache bounded by <see cref="GraphQLHttpOptions.DocumentCacheSize"/> characters of query text.</summary>
    public ParsedDocumentCache(GraphQLHttpOptions options)
    {
        documents = new MemoryCache(new MemoryCacheOptions { SizeLimit = options.DocumentCacheSize });
    }

    /// <summary>Runs after the options are configured (100), as GraphQL.NET's own document caches do.</summary>
    public float SortOrder => 200;

    /// <inheritdoc />
    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        if (options.Document is not null || options.Query is not { } query)
        {
            return await next(options).ConfigureAwait(false);
        }

        if (documents.TryGetValue(query, out GraphQLDocument? cached) && cached is not null)
        {
            options.Document = cached;
            options.ValidationRules = RulesForCachedDocument(options);
            return await next(options).ConfigureAwait(false);
        }

        var result = await next(options).ConfigureAwait(false);

        // Executed means the document passed validation; a failed one is cheap to reject again.
        if (result.Executed && result.Document is not null)
        {
            documents.Set(query, result.Document, new MemoryCacheEntryOptions { Size = Math.Max(1, query.Length) });
        }

        return result;
    }

    /// <inheritdoc />
    public void Dispose() => documents.Dispose();

    private static IValidationRule[] RulesForCachedDocument(ExecutionOptions options) =>
        (options.ValidationRules ?? DocumentValidator.CoreRules)
            .Where(rule => !DocumentOnlyRules.Contains(rule))
            .Concat(options.CachedDocumentValidationRules ?? [])
            .Distinct(ReferenceEqualityComparer.Instance)
            .Cast<IValidationRule>()
            .ToArray();
}
