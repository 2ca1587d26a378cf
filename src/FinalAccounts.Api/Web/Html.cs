using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace FinalAccounts.Api.Web;

/// <summary>Escaping for text and attribute values in the pages; Chinese stays readable in the source.</summary>
public static class Html
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Encode(string? text) => text is null ? "" : Encoder.Encode(text);
}
