using System.Text.RegularExpressions;

namespace FinalAccounts.Api.Tests.Documentation;

/// <summary>One request of the <c>.http</c> file: its title (the <c>###</c> line), method, path, headers and body.</summary>
public sealed record SampleRequest(string Title, HttpMethod Method, string Path, IReadOnlyDictionary<string, string> Headers, string Body)
{
    public override string ToString() => Title;

    /// <summary>The requests of a <c>.http</c> file, with <c>{{host}}</c> removed from their URLs.</summary>
    public static IReadOnlyList<SampleRequest> Parse(string text)
    {
        var requests = new List<SampleRequest>();
        foreach (var block in Regex.Split(text, "^###", RegexOptions.Multiline).Skip(1))
        {
            var lines = block.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
            var start = lines.FindIndex(l => Regex.IsMatch(l, "^(GET|POST) "));
            if (start < 0) throw new FormatException($"No request line under ###{lines[0]}");
            var parts = lines[start].Split(' ', 2);
            var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            var i = start + 1;
            for (; i < lines.Count && lines[i].Trim().Length > 0; i++)
            {
                var colon = lines[i].IndexOf(':');
                headers[lines[i][..colon].Trim()] = lines[i][(colon + 1)..].Trim();
            }
            requests.Add(new SampleRequest(lines[0].Trim(), new HttpMethod(parts[0]), parts[1].Replace("{{host}}", ""), headers,
                string.Join('\n', lines.Skip(i)).Trim()));
        }
        return requests;
    }
}
