using FinalAccounts.Api.GraphQL.Accounts;
using FinalAccounts.Api.GraphQL.Analytics;
using FinalAccounts.Api.GraphQL.Categories;
using FinalAccounts.Api.GraphQL.Conventions;
using FinalAccounts.Api.GraphQL.Conventions.Sql;
using FinalAccounts.Api.GraphQL.Expenditures;
using FinalAccounts.Api.GraphQL.Nodes;
using FinalAccounts.Api.GraphQL.Performance;
using FinalAccounts.Api.GraphQL.Procurement;
using FinalAccounts.Api.GraphQL.Quality;
using FinalAccounts.Api.GraphQL.Search;
using FinalAccounts.Api.GraphQL.Snapshots;
using FinalAccounts.Api.GraphQL.Sources;
using FinalAccounts.Api.GraphQL.Units;
using FinalAccounts.Api.GraphQL.Years;
using System.Text.Encodings.Web;
using FinalAccounts.Data.Entities;
using FinalAccounts.Http;
using FinalAccounts.Http.Limits;
using GraphQL;
using GraphQL.Execution;
using GraphQLParser.AST;

namespace FinalAccounts.Api.GraphQL;

public static class GraphQLServiceCollectionExtensions
{
    /// <summary>Registers the schema, its generated types, the features' root fields and the per-request batches.</summary>
    public static IServiceCollection AddFinalAccountsGraphQL(this IServiceCollection services)
    {
        services.AddSingleton(_ => EntityCatalog.Shared);
        services.AddSingleton<ConventionTypes>();
        services.AddScoped<RequestBatches>();
        services.AddSingleton(provider => new SqlMode(provider.GetService<IConfiguration>()?.GetValue<bool?>(SqlMode.SettingName) ?? true));

        // Root fields, in the order the schema lists them.
        services.AddSingleton<IQueryFields, UnitQueries>();
        services.AddSingleton<IQueryFields, FiscalYearQueries>();
        services.AddSingleton<IQueryFields, FinalAccountQueries>();
        services.AddSingleton<IQueryFields, FigureQueries>();
        services.AddSingleton<IQueryFields, ExpenseCategoryQueries>();
        services.AddSingleton<IQueryFields, ExpenditureQueries>();
        services.AddSingleton<IQueryFields, ProcurementQueries>();
        services.AddSingleton<IQueryFields, PerformanceProjectQueries>();
        services.AddSingleton<IQueryFields, PerformanceIndicatorQueries>();
        services.AddSingleton<IQueryFields, DataQualityFindingQueries>();
        services.AddSingleton<IQueryFields, SourceDocumentQueries>();
        services.AddSingleton<IQueryFields, SnapshotQueries>();
        services.AddSingleton<IQueryFields, AnalyticsQueries>();
        services.AddSingleton<IQueryFields, SearchQueries>();
        services.AddSingleton<IQueryFields, NodeQueries>();

        // Computed fields on generated types.
        services.AddSingleton<IEntityFieldExtension, FiscalYearTotalsFields>();
        services.AddSingleton<IEntityFieldExtension, FigureByMetricField>();
        services.AddSingleton<IEntityFieldExtension, UnitKindEnglishField>();

        services.AddSingleton<QueryType>();
        services.AddOptions<GraphQLLimits>()
            .Configure<IServiceProvider>((limits, provider) => provider.GetService<IConfiguration>()?.GetSection(GraphQLLimits.SectionName).Bind(limits))
            .Configure(limits =>
            {
                // An account states each metric at most once (unique index on account and metric).
                limits.ListSizes.TryAdd("FinalAccount.figures", Enum.GetValues<Metric>().Length);
                // Rankings and series take their length from `top`.
                if (!limits.PageSizeArguments.Contains("top")) limits.PageSizeArguments.Add("top");
            });
        services.AddGraphQL(b => b
            // Chinese text is served as UTF-8, not as \u escapes: responses are JSON, never HTML.
            .AddSystemTextJson(json => json.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping)
            .AddGraphQLHttpDefaults()
            // Size, depth, repetition, alias, field and cost limits (GraphQL:Limits); extensions.cost in every response.
            .AddQueryLimits()
            .AddSchema<FinalAccountsSchema>()
            // The snapshot DbContext is scoped and not thread-safe: resolve query fields one at a time.
            .AddExecutionStrategy<SerialExecutionStrategy>(OperationType.Query));
        return services;
    }
}
