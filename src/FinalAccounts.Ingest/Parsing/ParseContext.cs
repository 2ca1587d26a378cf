using FinalAccounts.Data.Entities;
using FinalAccounts.Ingest.Model;

namespace FinalAccounts.Ingest.Parsing;

/// <summary>The report being filled in while its sections are parsed, with the warnings it collects.</summary>
internal sealed class ParseContext(Report report)
{
    public Report Report { get; } = report;

    public void Warn(int? line, string message) => Report.Warnings.Add(new ParseWarning(line, message));

    public StatedFigure? Figure(Metric metric) => Report.Figures.GetValueOrDefault(metric);

    /// <summary>
    /// Records a stated figure. A metric stated twice keeps its first value (a report is never "fixed"); a
    /// differing second value becomes a warning and a figure outside the report, so that the changes stated
    /// beside it cannot attach to the first. Returns the figure the text goes on to speak of.
    /// </summary>
    public StatedFigure State(Metric metric, decimal amount, int line)
    {
        if (Report.Figures.TryGetValue(metric, out var existing))
        {
            if (existing.Amount == amount) return existing;
            Warn(line, $"{metric} is stated again as {amount} (line {line}); the first value {existing.Amount} (line {existing.Line}) is kept");
            return new StatedFigure { Amount = amount, Line = line };
        }

        var figure = new StatedFigure { Amount = amount, Line = line };
        Report.Figures[metric] = figure;
        return figure;
    }
}
