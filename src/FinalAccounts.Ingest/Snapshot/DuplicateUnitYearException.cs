namespace FinalAccounts.Ingest.Snapshot;

/// <summary>Two reports for the same unit and year: the snapshot cannot tell which one is the final accounts.</summary>
public sealed class DuplicateUnitYearException(string unitName, int year, string firstFile, string secondFile)
    : Exception($"duplicate unit-year: {unitName} {year} is reported by both {firstFile} and {secondFile}")
{
    public string FirstFile { get; } = firstFile;
    public string SecondFile { get; } = secondFile;
}
