using System.Security.Cryptography;
using System.Text;
using FinalAccounts.Data.Entities;

namespace FinalAccounts.Ingest.Snapshot;

/// <summary>
/// Keys derived from natural keys (names, years, hashes), never from insertion order, so the same
/// reports always give the same ids, across rebuilds and machines.
/// </summary>
public static class StableIds
{
    public static string Document(string sha256) => "d" + sha256[..16];
    public static string Unit(string unitName) => "u" + Hash(unitName, 16);
    public static string Account(string unitId, int year) => $"{unitId}-{year}";
    public static string Figure(string accountId, Metric metric) => $"{accountId}-{metric}";
    public static string Category(string? code, string statedName) => code ?? "x" + Hash(statedName, 8);
    public static string Expenditure(string accountId, BudgetSource source, string categoryId) =>
        $"{accountId}-{SourceCode(source)}-{categoryId}";
    public static string Procurement(string accountId) => accountId + "-proc";
    public static string Project(string accountId, string projectName) => $"{accountId}-p{Hash(projectName, 8)}";
    public static string Indicator(string projectId, int ordinal) => $"{projectId}-i{ordinal}";
    public static string Duty(string unitId, int ordinal) => $"{unitId}-duty{ordinal}";
    public static string Division(string unitId, int ordinal) => $"{unitId}-div{ordinal}";
    public static string Finding(string documentId, string rule, string subject, int? line) =>
        $"{documentId}-{rule}-{Hash(subject + "@" + line, 8)}";

    private static string SourceCode(BudgetSource source) => source switch
    {
        BudgetSource.GeneralPublicBudget => "gpb",
        BudgetSource.GovernmentFundBudget => "gfb",
        BudgetSource.StateCapitalBudget => "scb",
        _ => source.ToString(),
    };

    public static string Hash(string text, int hexChars) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..hexChars];
}
