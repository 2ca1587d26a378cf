namespace FinalAccounts.Api.Web.Cookbook;

/// <summary>
/// How to draw a recipe's rows: the x value of each row (a year or a label) and one or more series.
/// With <see cref="GroupBy"/>, rows are split into one series per distinct value of that path
/// (e.g. one line per unit), each drawing the first series' value. With <see cref="Points"/>, each row is
/// already one series (e.g. a category) whose points are the list at that path; <see cref="X"/> and the
/// series' value are then read from each point, and <see cref="GroupBy"/> names the series.
/// Bars: one group per row; <see cref="XSuffix"/> adds a value to the label (a unit's name and the year).
/// </summary>
public sealed record RecipeChart(ChartKind Kind, string X, IReadOnlyList<ChartSeries> Series, BilingualText YAxis,
    string? GroupBy = null, string? Points = null, string? XSuffix = null);
