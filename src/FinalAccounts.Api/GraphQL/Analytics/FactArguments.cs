using FinalAccounts.Api.GraphQL.Conventions;
using FinalAccounts.Data.Entities;
using GraphQL.Types;
using static FinalAccounts.Api.GraphQL.Conventions.Fields;

namespace FinalAccounts.Api.GraphQL.Analytics;

/// <summary>The arguments that choose facts, shared by every analytics field: the schema's own filter inputs, reused.</summary>
public static class FactArguments
{
    public static QueryArgument Where(ConventionTypes types) =>
        Argument("where", types.Filter(types.Catalog.For<FinalAccount>()),
            "Only facts of final accounts matching these conditions (year, unit and its region, department or kind, provenance, any stated amount…), evaluated in SQL.");

    public static QueryArgument ExpenditureWhere(ConventionTypes types) =>
        Argument("expenditureWhere", types.Filter(types.Catalog.For<Expenditure>()),
            "Only for CATEGORY_EXPENDITURE: only expenditure rows matching these conditions (category, budget source, amount…), evaluated in SQL. An error for other metrics.");

    public static QueryArgument Metric(AnalyticsTypes analytics, string description) =>
        Argument("metric", NonNull(analytics.MetricEnum), description);
}
