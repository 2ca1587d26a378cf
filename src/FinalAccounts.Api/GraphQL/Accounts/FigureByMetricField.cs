using FinalAccounts.Api.GraphQL.Conventions;
using FinalAccounts.Data.Entities;
using GraphQL;
using GraphQL.Types;
using static FinalAccounts.Api.GraphQL.Conventions.Fields;

namespace FinalAccounts.Api.GraphQL.Accounts;

/// <summary>FinalAccount.figure(metric): one figure of an account, batched over all accounts of the level.</summary>
public sealed class FigureByMetricField : IEntityFieldExtension
{
    private static readonly Func<IReadOnlyList<Figure>, object?> First = list => list.Count > 0 ? list[0] : null;

    public Type EntityType => typeof(FinalAccount);

    public void Extend(EntityObjectType type, ConventionTypes types)
    {
        var figures = type.Entity.FindRelation("figures")!;
        var figure = figures.Target;
        type.AddField(Output("figure", types.Object(figure),
            "The figure of one metric with its line, stated changes, derived values and reason; null when the report does not state it.",
            new AsyncResolver(context =>
            {
                var key = (string)figures.SourceKeyGetter(context.Source!)!;
                var batches = context.RequestServices!.GetRequiredService<RequestBatches>();
                var batch = batches.GetOrAdd((this, context.FieldAst), (figures, figure, context), static (s, b) =>
                    new ListBatch<Figure, string>(b, s.figure, s.figures.TargetMatch, s.figures.TargetMatchGetter,
                        FilterTranslator.ToPredicate<Figure>(s.figure, new Dictionary<string, object?>
                        {
                            ["metric"] = new Dictionary<string, object?> { ["eq"] = Arguments.Raw(s.context, "metric") },
                        }),
                        SortTranslator.Parse<Figure>(s.figure, null)));
                return new ValueTask<object?>(batch.Request(key, First));
            }),
            new QueryArguments(Argument("metric", NonNull(types.Enum(typeof(Metric))), "Which figure."))));
    }
}
