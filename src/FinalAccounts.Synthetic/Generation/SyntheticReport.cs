using FinalAccounts.Ingest.Model;

namespace FinalAccounts.Synthetic.Generation;

/// <summary>A generated unit-year: the report (always <c>Provenance.Synthetic</c>) and the defects deliberately put into it.</summary>
public sealed record SyntheticReport(Report Report, int UnitOrdinal, IReadOnlyList<InjectedDefect> Defects);
