namespace FinalAccounts.Api.Web.Cookbook;

/// <summary>
/// One series of a chart: the value path in each row and its label. <see cref="XOffset"/> moves the point
/// along x (−1 draws a derived previous-year amount at the previous year); <see cref="Derived"/> draws it
/// dashed and says so in the legend, since derived values are never shown as reported ones.
/// </summary>
public sealed record ChartSeries(string Y, BilingualText Label, int XOffset = 0, bool Derived = false);
