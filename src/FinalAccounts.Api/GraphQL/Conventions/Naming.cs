using System.Text;

namespace FinalAccounts.Api.GraphQL.Conventions;

/// <summary>Names in the schema: camelCase fields, UPPER_SNAKE enum values, plain words in descriptions.</summary>
public static class Naming
{
    public static string CamelCase(string name) =>
        name.Length == 0 || char.IsLower(name[0]) ? name : char.ToLowerInvariant(name[0]) + name[1..];

    public static string PascalCase(string name) =>
        name.Length == 0 || char.IsUpper(name[0]) ? name : char.ToUpperInvariant(name[0]) + name[1..];

    /// <summary>GeneralPublicBudget → GENERAL_PUBLIC_BUDGET.</summary>
    public static string ConstantCase(string name) => Split(name, '_', upper: true);

    /// <summary>FinalAccount → "final account", for generated descriptions.</summary>
    public static string Words(string name) => Split(name, ' ', upper: false);

    private static string Split(string name, char separator, bool upper)
    {
        var sb = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c) && i > 0 && (char.IsLower(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1]))))
                sb.Append(separator);
            sb.Append(upper ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c));
        }
        return sb.ToString();
    }
}
