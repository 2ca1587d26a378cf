using System.Globalization;
using System.Text;
using FinalAccounts.Ingest.Snapshot;

namespace FinalAccounts.Api.GraphQL.Search;

/// <summary>
/// A user's query, checked, normalised as the indexed texts are (<see cref="SearchIndex.Normalise"/>)
/// and turned into an FTS5 match on one of the snapshot's two indexes. The user's text is never FTS5
/// syntax: it becomes one quoted phrase (trigram index, quotes doubled) or a phrase of per-character
/// tokens (character index), so `"`, `*`, `:`, `(`, OR and NEAR are searched as the characters they are.
/// </summary>
public sealed class SearchTerms
{
    /// <summary>Longest query searched, in characters.</summary>
    public const int MaxLength = 100;

    private SearchTerms(string text, string table, string match)
    {
        Text = text;
        Table = table;
        Match = match;
    }

    /// <summary>The query as searched: the user's text without leading and trailing spaces, normalised.</summary>
    public string Text { get; }

    /// <summary>The FTS5 table that answers the query.</summary>
    public string Table { get; }

    /// <summary>The FTS5 match expression, bound as a parameter.</summary>
    public string Match { get; }

    /// <summary>The terms of <paramref name="query"/>; an error when it is blank or longer than <see cref="MaxLength"/>.</summary>
    public static SearchTerms Parse(string? query)
    {
        var trimmed = (query ?? "").Trim();
        if (trimmed.Length == 0) throw SearchErrors.Empty();
        var text = SearchIndex.Normalise(trimmed);
        var length = 0;
        var trigramSafe = true;
        foreach (var rune in text.EnumerateRunes())
        {
            length++;
            // The FTS5 query parser reads its input as a C string: a NUL (or any control character, or a
            // broken UTF-16 pair) inside the phrase is unsafe there, so the character index takes such a query as tokens.
            if (Rune.GetUnicodeCategory(rune) == UnicodeCategory.Control || rune == Rune.ReplacementChar) trigramSafe = false;
        }
        if (length > MaxLength) throw SearchErrors.TooLong(length, MaxLength);

        return length >= SearchIndex.TrigramMinimumLength && trigramSafe
            ? new SearchTerms(text, SearchIndex.TrigramTable, "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"")
            : new SearchTerms(text, SearchIndex.CharacterTable, "\"" + SearchIndex.Characters(trimmed) + "\"");
    }
}
