using System.Text;

namespace FinalAccounts.Api.Tests.Web;

/// <summary>An RFC 4180 reader written for the tests, independent of the writer under test: CRLF records, quoted fields.</summary>
public static class CsvReader
{
    public static List<string[]> Parse(string text)
    {
        var records = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '"' && field.Length == 0)
            {
                i++;
                while (true)
                {
                    if (i >= text.Length) throw new FormatException("Unterminated quoted field.");
                    if (text[i] == '"')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i += 2; continue; }
                        i++;
                        break;
                    }
                    field.Append(text[i++]);
                }
                continue;
            }
            if (c == ',') { fields.Add(field.ToString()); field.Clear(); i++; continue; }
            if (c == '\r')
            {
                if (i + 1 >= text.Length || text[i + 1] != '\n') throw new FormatException($"A bare CR at {i}: records end with CRLF.");
                fields.Add(field.ToString()); field.Clear();
                records.Add([.. fields]); fields.Clear();
                i += 2;
                continue;
            }
            if (c == '\n') throw new FormatException($"A bare LF at {i}: records end with CRLF.");
            field.Append(c);
            i++;
        }
        if (field.Length > 0 || fields.Count > 0) throw new FormatException("The last record does not end with CRLF.");
        return records;
    }
}
