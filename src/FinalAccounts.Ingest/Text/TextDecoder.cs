using System.Text;
using FinalAccounts.Ingest.Model;

namespace FinalAccounts.Ingest.Text;

/// <summary>
/// Decodes a report file's bytes: a BOM decides (UTF-8, UTF-16 LE/BE); without one the bytes must be valid
/// UTF-8, or else decode cleanly as GB18030, the usual legacy encoding of Chinese government sites.
/// Bytes that are neither are refused rather than read with replacement characters.
/// </summary>
public static class TextDecoder
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(false, throwOnInvalidBytes: true);
    private static readonly Encoding StrictUtf16Le = new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly Encoding StrictUtf16Be = new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly Lazy<Encoding> StrictGb18030 = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(54936, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    });

    /// <exception cref="ReportFormatException">The bytes are binary or in no encoding we can read cleanly.</exception>
    public static string Decode(string fileName, byte[] bytes)
    {
        if (bytes is [0xEF, 0xBB, 0xBF, ..]) return DecodeOrThrow(fileName, bytes, 3, StrictUtf8, "UTF-8");
        if (bytes is [0xFF, 0xFE, ..]) return DecodeOrThrow(fileName, bytes, 2, StrictUtf16Le, "UTF-16 LE");
        if (bytes is [0xFE, 0xFF, ..]) return DecodeOrThrow(fileName, bytes, 2, StrictUtf16Be, "UTF-16 BE");

        var nul = Array.IndexOf(bytes, (byte)0);
        if (nul >= 0)
            throw new ReportFormatException(fileName, LineOf(bytes, nul), "report text", "binary data (NUL bytes)");

        if (TryDecode(bytes, 0, StrictUtf8, out var text, out var badUtf8)) return text;
        if (TryDecode(bytes, 0, StrictGb18030.Value, out text, out _)) return text;

        throw new ReportFormatException(fileName, LineOf(bytes, badUtf8), "text in UTF-8, UTF-16 (with BOM) or GB18030",
            $"an unreadable encoding (byte 0x{bytes[Math.Max(0, badUtf8)]:X2} at offset {badUtf8} is valid in none of them)");
    }

    private static string DecodeOrThrow(string fileName, byte[] bytes, int offset, Encoding encoding, string name)
    {
        if (TryDecode(bytes, offset, encoding, out var text, out var bad)) return text;
        throw new ReportFormatException(fileName, LineOf(bytes, bad), $"valid {name} after its byte order mark",
            $"an unreadable encoding (invalid {name} at offset {bad})");
    }

    private static bool TryDecode(byte[] bytes, int offset, Encoding encoding, out string text, out int badOffset)
    {
        try
        {
            text = encoding.GetString(bytes, offset, bytes.Length - offset);
            badOffset = -1;
            return true;
        }
        catch (DecoderFallbackException e)
        {
            text = "";
            badOffset = Math.Clamp(offset + Math.Max(0, e.Index), 0, Math.Max(0, bytes.Length - 1));
            return false;
        }
    }

    private static int? LineOf(byte[] bytes, int offset)
    {
        if (offset < 0) return null;
        var line = 1;
        for (var i = 0; i < offset && i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n') line++;
        }

        return line;
    }
}
