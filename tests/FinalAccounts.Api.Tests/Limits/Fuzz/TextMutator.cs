namespace FinalAccounts.Api.Tests.Limits.Fuzz;

/// <summary>Breaks a query text the ways hand-edited and truncated queries break: cut, doubled, shuffled, stuffed.</summary>
public sealed class TextMutator(Random random)
{
    private static readonly string[] Inserts =
    [
        "{", "}", "(", ")", "[", "]", ":", "$", "@", "...", "\"", "\"\"\"", "#", ",", "!", "=", "|", "&",
        "\u0000", "\u0001", "\uFEFF", "\uD800", "决算", "💰", "\\u0041", "1e400", "-0", "null", "fragment", "on", "query", "mutation", "subscription",
        "__schema", "__type", "__typename", "{ a { a { a { a } } } }",
    ];

    public string Mutate(string text)
    {
        var rounds = random.Next(1, 4);
        for (var i = 0; i < rounds; i++) text = Once(text);
        return text;
    }

    private string Once(string text)
    {
        if (text.Length == 0) return Inserts[random.Next(Inserts.Length)];
        var at = random.Next(text.Length);
        var length = Math.Min(text.Length - at, random.Next(1, 20));
        return random.Next(7) switch
        {
            0 => text.Remove(at, length),
            1 => text.Insert(at, Inserts[random.Next(Inserts.Length)]),
            2 => text.Insert(at, text.Substring(at, length)),
            3 => text[..at],
            4 => text.Insert(at, string.Concat(Enumerable.Repeat(text.Substring(at, length), random.Next(2, 400)))),
            5 => Swap(text, at, random.Next(text.Length)),
            _ => text.Insert(at, new string(text[at], random.Next(1, 2000))),
        };
    }

    private static string Swap(string text, int a, int b)
    {
        var chars = text.ToCharArray();
        (chars[a], chars[b]) = (chars[b], chars[a]);
        return new string(chars);
    }
}
