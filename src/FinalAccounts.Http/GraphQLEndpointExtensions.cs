using GraphQL.Types;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace FinalAccounts.Http;

/// <summary>Maps the GraphQL-over-HTTP endpoint.</summary>
public static class GraphQLEndpointExtensions
{
    /// <summary>
    /// Serves <typeparamref name="TSchema"/> at <paramref name="path"/> for every HTTP method (GET and POST
    /// are answered, the rest get 405), executing through <c>IDocumentExecuter&lt;TSchema&gt;</c> and
    /// writing with the registered <c>IGraphQLSerializer</c>. Behaviour: <see cref="GraphQLHttpMiddleware{TSchema}"/>.
    /// Register GraphQL first: <c>AddGraphQL(b =&gt; b.AddSystemTextJson().AddSchema&lt;TSchema&gt;().AddGraphQLHttpDefaults())</c>.
    /// </summary>
    public static IEndpointConventionBuilder MapGraphQLEndpoint<TSchema>(this IEndpointRouteBuilder endpoints, string path)
        where TSchema : ISchema
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentException.ThrowIfNullOrEmpty(path);
        var endpoint = ActivatorUtilities.CreateInstance<GraphQLHttpMiddleware<TSchema>>(endpoints.ServiceProvider);
        return endpoints.Map(path, endpoint.HandleRequestAsync)
            .WithDisplayName($"GraphQL {typeof(TSchema).Name} {path}");
    }
}
