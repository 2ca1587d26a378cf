namespace FinalAccounts.Api.GraphQL.Analytics;

/// <summary>
/// Where the facts of one question are read from: a snapshot table (every one has unit_id and year),
/// the column summed (INTEGER millionths of 万元), optionally a second column summed beside it, and a
/// condition that picks the metric's rows. Figure rows are read through their covering analytics index.
/// </summary>
/// <param name="Table">Snapshot table: figure or expenditure.</param>
/// <param name="Amount">Column summed; rows where it is null are not facts.</param>
/// <param name="Second">Column summed beside the amount (the initial budget); rows where it is null are not facts either.</param>
/// <param name="Condition">Extra condition on the table (alias x): the metric of a figure row.</param>
/// <param name="HasCategories">Whether rows carry a category and a budget source.</param>
public sealed record FactTable(string Table, string Amount, string? Second, string? Condition, bool HasCategories)
{
    /// <summary>The stated amounts of a metric.</summary>
    public static FactTable Amounts(MetricDefinition metric, SqlStatement sql) => metric.Metric is { } stated
        ? new("figure", "amount", null, MetricIs(stated, sql), false)
        : new("expenditure", "amount", null, null, true);

    /// <summary>Actual amounts beside the initial budget derived from the stated change against it.</summary>
    public static FactTable Budget(MetricDefinition metric, SqlStatement sql) => metric.Metric is { } stated
        ? new("figure", "amount", "initial_budget_amount", MetricIs(stated, sql), false)
        : new("expenditure", "amount", "initial_budget_amount", null, true);

    /// <summary>Previous-year amounts derived from the stated change (the fact's year is the year after the value's).</summary>
    public static FactTable PreviousYear(MetricDefinition metric, SqlStatement sql) =>
        new("figure", "previous_year_amount", null, MetricIs(metric.Metric!.Value, sql), false);

    private static string MetricIs(Data.Entities.Metric metric, SqlStatement sql) => "x.metric = " + sql.Add(metric.ToString());
}
