using System.Text.Json;
using System.Text.Json.Serialization;

namespace FinalAccounts.Api.Web.Cookbook;

/// <summary>The cookbook as JSON for the pages' scripts; safe inside a &lt;script&gt; element (&lt; and &gt; are escaped).</summary>
public static class CookbookJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Serialize(IReadOnlyList<CookbookRecipe> recipes) => JsonSerializer.Serialize(recipes, Options);
}
