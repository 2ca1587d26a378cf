namespace FinalAccounts.Ingest.Model;

/// <summary>
/// A document that cannot be read as a report at all (empty, binary, not a final-accounts report,
/// an unreadable encoding). Carries file and line, what was expected and what was found.
/// </summary>
public sealed class ReportFormatException(string fileName, int? line, string expected, string found)
    : Exception($"{fileName}{(line is { } l ? ":" + l : "")}: expected {expected}, found {found}")
{
    public string FileName { get; } = fileName;
    public int? Line { get; } = line;
    public string Expected { get; } = expected;
    public string Found { get; } = found;
}
