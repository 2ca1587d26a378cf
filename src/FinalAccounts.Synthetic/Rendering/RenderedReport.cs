namespace FinalAccounts.Synthetic.Rendering;

/// <summary>A report as text, with what it left out and how to make it again.</summary>
/// <param name="Text">The report text, lines separated by \n.</param>
/// <param name="Omitted">Sections left out; their figures are not in the text.</param>
/// <param name="Seed">The render seed: the same report, quirks and seed give the same text.</param>
/// <param name="Quirks">The quirk rates the text was rendered with.</param>
public sealed record RenderedReport(string Text, IReadOnlyList<ReportSection> Omitted, int Seed, RenderQuirks Quirks)
{
    public bool States(ReportSection section) => !Omitted.Contains(section);
}
