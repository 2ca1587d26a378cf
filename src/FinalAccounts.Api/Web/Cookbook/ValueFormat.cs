namespace FinalAccounts.Api.Web.Cookbook;

/// <summary>How a value is shown: money keeps every published decimal and is in 万元.</summary>
public enum ValueFormat
{
    Text,
    Number,
    /// <summary>An exact amount in 万元, shown with all its decimals and thousands separators.</summary>
    Money,
    /// <summary>A plain number of percent (765.6 means 765.6%).</summary>
    Percent,
    /// <summary>A search snippet: a list of parts, the matched ones highlighted.</summary>
    Snippet,
}
