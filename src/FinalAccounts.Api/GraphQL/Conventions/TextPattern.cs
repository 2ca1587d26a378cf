using System.Reflection;
using System.Text;
using Microsoft.EntityFrameworkCore;

namespace FinalAccounts.Api.GraphQL.Conventions;

/// <summary>
/// `startsWith` and `endsWith` as SQLite GLOB patterns. GLOB compares characters exactly, as `eq` and `contains`
/// (instr) do; LIKE, which EF Core would use for string.StartsWith, ignores the case of Latin letters. The text is
/// escaped, so <c>*</c>, <c>?</c> and <c>[</c> in it match themselves.
/// </summary>
public static class TextPattern
{
    /// <summary>EF.Functions.Glob(column, pattern): <c>column GLOB pattern</c>.</summary>
    public static readonly MethodInfo Glob = typeof(SqliteDbFunctionsExtensions).GetMethod(nameof(SqliteDbFunctionsExtensions.Glob))!;

    public static string StartsWith(string text) => Escape(text) + "*";

    public static string EndsWith(string text) => "*" + Escape(text);

    /// <summary>Each GLOB wildcard inside brackets, where it stands for itself.</summary>
    private static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
            escaped.Append(c is '*' or '?' or '[' ? $"[{c}]" : c);
        return escaped.ToString();
    }
}
