using System.Text.Json.Nodes;

namespace FinalAccounts.Api.Tests.Web;

/// <summary>The lists that /export offers, with their entity and columns.</summary>
public sealed record ExportIndex(string Name, string? Entity, bool Computed, IReadOnlyList<string> Columns)
{
    public static async Task<List<ExportIndex>> GetAsync(HttpClient http)
    {
        var index = JsonNode.Parse(await http.GetStringAsync("/export"))!;
        return index["lists"]!.AsArray().Select(l => new ExportIndex(
            l!["name"]!.GetValue<string>(),
            l["entity"]?.GetValue<string>(),
            l["computed"]?.GetValue<bool>() == true,
            l["columns"]!.AsArray().Select(c => c!["name"]!.GetValue<string>()).ToList())).ToList();
    }
}
