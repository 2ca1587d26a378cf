using GraphQL;
using GraphQL.DI;
using GraphQL.Execution;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FinalAccounts.Http.Limits;

/// <summary>Registers the query limits of <see cref="GraphQLLimits"/> with a GraphQL builder.</summary>
public static class QueryLimitsBuilderExtensions
{
    /// <summary>
    /// Bounds the parser's nesting (<see cref="GraphQLLimits.MaxParserDepth"/>), adds the
    /// <see cref="SelectionLimitsRule"/> and the <see cref="QueryCostRule"/> to every request's validation
    /// (cached documents included) and makes the endpoint report <c>extensions.cost</c> in every response.
    /// The limits themselves come from <c>IOptions&lt;GraphQLLimits&gt;</c>; without configuration the defaults apply.
    /// Call it inside <c>services.AddGraphQL(b =&gt; ...)</c>.
    /// </summary>
    public static IGraphQLBuilder AddQueryLimits(this IGraphQLBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.Register<IDocumentBuilder>(
            services => new GraphQLDocumentBuilder { MaxDepth = services.GetRequiredService<IOptions<GraphQLLimits>>().Value.MaxParserDepth },
            GraphQL.DI.ServiceLifetime.Singleton);
        return builder
            .AddValidationRule<SelectionLimitsRule>(useForCachedDocuments: true)
            .AddValidationRule<QueryCostRule>(useForCachedDocuments: true);
    }
}
