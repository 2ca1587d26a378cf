using FinalAccounts.Ingest.Snapshot;

namespace FinalAccounts.Api.GraphQL.Search;

/// <summary>
/// The excerpt of a hit's text shown in a result list: the whole text when it is short, else a window
/// that starts a little before the first match, with "…" where text was cut. Every occurrence of the
/// query inside is a highlighted part, found the way the index matches (in the normalised text, literally).
/// </summary>
public static class Snippet
{
    /// <summary>Texts up to this many characters are shown whole; longer ones are cut to a window this long.</summary>
    public const int MaxLength = 80;

    /// <summary>Characters of context kept before the first match.</summary>
    private const int Lead = 20;

    private const string Ellipsis = "…";

    public static IReadOnlyList<SnippetPart> Of(string text, string query)
    {
        var folded = SearchIndex.Normalise(text);
        var needle = SearchIndex.Normalise(query);
        var matches = new List<int>();
        if (needle.Length > 0)
            for (var at = folded.IndexOf(needle, StringComparison.Ordinal); at >= 0; at = folded.IndexOf(needle, at + needle.Length, StringComparison.Ordinal))
                matches.Add(at);

        var (start, end) = Window(text, matches.Count > 0 ? matches[0] : 0, needle.Length);
        var parts = new List<SnippetPart>();
        if (start > 0) parts.Add(new SnippetPart(Ellipsis, false));
        var cursor = start;
        foreach (var match in matches)
        {
            if (match < cursor) continue;
            if (match >= end) break;
            var matchEnd = match + needle.Length;
            if (match > cursor) Add(parts, text[cursor..match], false);
            Add(parts, text[match..matchEnd], true);
            cursor = matchEnd;
        }
        end = Math.Max(end, cursor); // a match that runs past the window is shown whole
        if (end > cursor) Add(parts, text[cursor..end], false);
        if (end < text.Length) Add(parts, Ellipsis, false);
        return parts;
    }

    private static (int Start, int End) Window(string text, int firstMatch, int matchLength)
    {
        if (text.Length <= MaxLength) return (0, text.Length);
        var start = Math.Max(0, firstMatch - Lead);
        var end = Math.Min(text.Length, start + Math.Max(MaxLength, Lead + matchLength));
        if (end == text.Length) start = Math.Max(0, Math.Min(start, end - MaxLength));
        // Never cut a character in two.
        if (start > 0 && char.IsLowSurrogate(text[start])) start--;
        if (end < text.Length && char.IsLowSurrogate(text[end])) end++;
        return (start, end);
    }

    /// <summary>Adds a part, joining it to the previous one when both are plain text.</summary>
    private static void Add(List<SnippetPart> parts, string text, bool highlighted)
    {
        if (!highlighted && parts.Count > 0 && !parts[^1].Highlighted)
            parts[^1] = parts[^1] with { Text = parts[^1].Text + text };
        else
            parts.Add(new SnippetPart(text, highlighted));
    }
}
