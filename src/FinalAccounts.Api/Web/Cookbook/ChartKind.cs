namespace FinalAccounts.Api.Web.Cookbook;

/// <summary>Lines for series over years, bars for breakdowns and comparisons.</summary>
public enum ChartKind
{
    Line,
    Bar,
}
