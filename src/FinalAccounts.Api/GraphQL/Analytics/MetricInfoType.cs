using FinalAccounts.Api.GraphQL.Conventions;
using GraphQL.Types;
using static FinalAccounts.Api.GraphQL.Conventions.Fields;

namespace FinalAccounts.Api.GraphQL.Analytics;

/// <summary>A metric of the catalogue with its Chinese and English names, where its facts come from and what it can be grouped by.</summary>
public sealed class MetricInfoType : ObjectGraphType<MetricDefinition>
{
    public MetricInfoType(AnalyticsMetricType metricEnum, ConventionTypes types)
    {
        Name = "MetricInfo";
        Description = "An amount analytics can sum: its enum value, Chinese and English names, where its facts are read from and which dimensions apply.";
        var text = NonNull(types.Scalars.String);
        AddField(Output("metric", NonNull(metricEnum), "The metric's value, as `aggregate(metric:)` and the other analytics fields take it.", Read(m => m)));
        AddField(Output("nameZh", text, "Chinese name as reports write it, e.g. 收入总计.", Read(m => m.NameZh)));
        AddField(Output("nameEn", text, "English name, e.g. Total income.", Read(m => m.NameEn)));
        AddField(Output("description", text, "What the amount is, its unit (万元) and where its facts are read from.", Read(m => m.Description)));
        AddField(Output("unit", text, "Unit of the amounts: always 万元 (10,000 CNY).", Read(_ => "万元")));
        AddField(Output("source", NonNull(types.Enum(typeof(MetricSource))), "The table whose rows are the metric's facts.", Read(m => m.Source)));
        AddField(Output("dimensions", NonNull(ListOfNonNull(types.Enum(typeof(AnalyticsDimension)))), "The dimensions its facts can be grouped by.", Read(m => m.Dimensions.ToList())));
        AddField(Output("derivable", NonNull(types.Scalars.Boolean),
            "Whether reports state the change against the previous year, so a trend can derive (and mark as derived) the value of a year without a report.",
            Read(m => m.Derivable)));
    }

    private static SourceResolver Read(Func<MetricDefinition, object?> read) => new(s => read((MetricDefinition)s));
}
