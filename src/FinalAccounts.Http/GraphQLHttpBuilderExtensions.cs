using GraphQL;
using GraphQL.DI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FinalAccounts.Http;

/// <summary>The GraphQL builder registrations the HTTP transport expects.</summary>
public static class GraphQLHttpBuilderExtensions
{
    /// <summary>
    /// Adds the <see cref="ParsedDocumentCache"/> (a query text is parsed once, and the validation rules
    /// that look at the text alone run once) and an
    /// error-info provider that never exposes exception details or data and gives each error one
    /// <c>extensions.code</c>. Call it inside <c>services.AddGraphQL(b =&gt; ...)</c>, after
    /// <c>AddSystemTextJson()</c>; a later <c>AddErrorInfoProvider</c> call would replace the provider.
    /// </summary>
    public static IGraphQLBuilder AddGraphQLHttpDefaults(this IGraphQLBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder
            .ConfigureExecution(services => new ParsedDocumentCache(
                services.GetService<IOptions<GraphQLHttpOptions>>()?.Value ?? new GraphQLHttpOptions()))
            .AddErrorInfoProvider(options =>
            {
                options.ExposeExceptionDetails = false;
                options.ExposeCodes = false;
                // Exception.Data can carry anything a library put there (SQL, paths); codes and extensions say enough.
                options.ExposeData = false;
            });
    }
}
