using FinalAccounts.Ingest.Model;

namespace FinalAccounts.Ingest.Parsing;

/// <summary>Refuses text that cannot be a report at all: empty, or binary data decoded as text.</summary>
internal static class DocumentGuard
{
    public static void EnsureText(string fileName, string text)
    {
        if (string.IsNullOrWhiteSpace(text))
            throw new ReportFormatException(fileName, null, "report text", text.Length == 0 ? "an empty document" : "only whitespace");

        var nul = text.IndexOf('\0');
        if (nul >= 0) throw new ReportFormatException(fileName, LineOf(text, nul), "report text", "binary data (NUL characters)");

        var control = 0;
        var first = -1;
        for (var i = 0; i < text.Length; i++)
        {
            if (!IsControl(text[i])) continue;
            control++;
            if (first < 0) first = i;
        }

        if (control > 0 && control * 10 > text.Length)
            throw new ReportFormatException(fileName, LineOf(text, first), "report text", $"binary data ({control} control characters in {text.Length})");
    }

    private static bool IsControl(char c) =>
        c is < ' ' and not ('\t' or '\n' or '\r' or '\f' or '\v') or >= '\u007F' and <= '\u009F' or '\uFFFD';

    private static int LineOf(string text, int index) => text.AsSpan(0, index).Count('\n') + 1;
}
