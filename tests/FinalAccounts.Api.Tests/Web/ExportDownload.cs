using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace FinalAccounts.Api.Tests.Web;

/// <summary>One export response: status, headers, the raw bytes and the body read as CSV or JSON.</summary>
public sealed record ExportDownload(HttpStatusCode Status, string? ContentType, string? ContentDisposition, byte[] Bytes)
{
    public static async Task<ExportDownload> GetAsync(HttpClient http, string path, string? where = null, string? order = null, string? extra = null)
    {
        var query = new List<string>();
        if (where is not null) query.Add("where=" + Uri.EscapeDataString(where));
        if (order is not null) query.Add("order=" + Uri.EscapeDataString(order));
        if (extra is not null) query.Add(extra);
        var url = path + (query.Count > 0 ? "?" + string.Join('&', query) : "");
        using var response = await http.GetAsync(url);
        return new ExportDownload(response.StatusCode, response.Content.Headers.ContentType?.ToString(),
            response.Content.Headers.ContentDisposition?.ToString(), await response.Content.ReadAsByteArrayAsync());
    }

    public string Text => Encoding.UTF8.GetString(Bytes);

    public JsonNode Json => JsonNode.Parse(Bytes) ?? throw new InvalidOperationException("Empty body.");

    /// <summary>The CSV's records (header first), parsed by RFC 4180 rules; the byte-order mark is removed first.</summary>
    public List<string[]> Csv
    {
        get
        {
            var text = Text;
            text.ShouldStartWith("\uFEFF", customMessage: "CSV must start with a UTF-8 byte-order mark");
            return CsvReader.Parse(text[1..]);
        }
    }

    /// <summary>The CSV's rows as column name → field.</summary>
    public List<Dictionary<string, string>> CsvRows
    {
        get
        {
            var records = Csv;
            var header = records[0];
            return records.Skip(1).Select(r => header.Zip(r).ToDictionary(p => p.First, p => p.Second)).ToList();
        }
    }
}
