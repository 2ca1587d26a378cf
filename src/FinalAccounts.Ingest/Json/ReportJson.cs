using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using FinalAccounts.Data.Codebooks;
using FinalAccounts.Data.Entities;
using FinalAccounts.Ingest.Model;

namespace FinalAccounts.Ingest.Json;

/// <summary>
/// The JSON that `parse FILE --json` prints: what one report yields, so a journalist can check a report
/// before adding it. Amounts are decimal strings in 万元 exactly as stated; decreases are negative;
/// percents are bare numbers.
/// </summary>
public static class ReportJson
{
    /// <summary>The figure keys of the JSON, and the metric (and which part of it) each one reads.</summary>
    private static readonly (string Key, Metric Metric, Func<StatedFigure, decimal?> Value)[] Keys =
    [
        ("income_total", Metric.IncomeTotal, f => f.Amount),
        ("expenditure_total", Metric.ExpenditureTotal, f => f.Amount),
        ("change_vs_previous_year", Metric.IncomeTotal, f => f.ChangeAmount),
        ("change_percent", Metric.IncomeTotal, f => f.ChangePercent),
        ("income_subtotal", Metric.IncomeSubtotal, f => f.Amount),
        ("fiscal_appropriation_income", Metric.FiscalAppropriationIncome, f => f.Amount),
        ("other_income", Metric.OtherIncome, f => f.Amount),
        ("carryover_in", Metric.CarryoverIn, f => f.Amount),
        ("expenditure_subtotal", Metric.ExpenditureSubtotal, f => f.Amount),
        ("basic_expenditure", Metric.BasicExpenditure, f => f.Amount),
        ("project_expenditure", Metric.ProjectExpenditure, f => f.Amount),
        ("carryover_out", Metric.CarryoverOut, f => f.Amount),
        ("general_budget_income", Metric.GeneralBudgetIncome, f => f.Amount),
        ("general_budget_expenditure", Metric.GeneralBudgetExpenditure, f => f.Amount),
        ("government_fund_expenditure", Metric.GovernmentFundExpenditure, f => f.Amount),
        ("personnel_expenses", Metric.PersonnelExpenses, f => f.Amount),
        ("operating_expenses", Metric.OperatingExpenses, f => f.Amount),
        ("three_public_total", Metric.ThreePublicTotal, f => f.Amount),
        ("training_fees", Metric.TrainingFees, f => f.Amount),
        ("procurement_total", Metric.ProcurementTotal, f => f.Amount),
        ("procurement_goods", Metric.ProcurementGoods, f => f.Amount),
        ("procurement_works", Metric.ProcurementWorks, f => f.Amount),
        ("procurement_services", Metric.ProcurementServices, f => f.Amount),
        ("procurement_sme", Metric.ProcurementSme, f => f.Amount),
        ("procurement_small_micro", Metric.ProcurementSmallMicro, f => f.Amount),
    ];

    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // Chinese stays readable
    };

    public static JsonObject ToJson(Report report, IReadOnlyList<Finding> findings)
    {
        var figures = new JsonObject();
        foreach (var (key, metric, value) in Keys)
            if (report[metric] is { } stated && value(stated) is { } v)
                figures[key] = Text(v);

        var change = report[Metric.IncomeTotal] ?? report[Metric.ExpenditureTotal];
        if (change is not null && !figures.ContainsKey("change_vs_previous_year") && change.ChangeAmount is { } c)
            figures["change_vs_previous_year"] = Text(c);

        return new JsonObject
        {
            ["file"] = report.FileName,
            ["sha256"] = report.Sha256,
            ["unit"] = report.Unit.Name,
            ["year"] = report.Year,
            ["report_kind"] = report.Kind == ReportKind.Department ? "部门" : "单位",
            ["figures"] = figures,
            ["categories"] = new JsonArray(report.Categories.Select(Category).ToArray<JsonNode?>()),
            ["findings"] = new JsonArray(findings.Select(Finding).ToArray<JsonNode?>()),
            ["missing_sections"] = new JsonArray(report.MissingSections.Select(s => (JsonNode?)JsonValue.Create(s)).ToArray()),
            ["warnings"] = new JsonArray(report.Warnings.Select(w => (JsonNode?)new JsonObject { ["line"] = w.Line, ["message"] = w.Message }).ToArray()),
        };
    }

    public static string Serialize(Report report, IReadOnlyList<Finding> findings) => ToJson(report, findings).ToJsonString(Options);

    private static JsonObject Category(StatedCategory c)
    {
        var match = FunctionalClassification.Match(c.StatedName);
        return new JsonObject
        {
            ["name"] = c.StatedName,
            ["code"] = match?.Code,
            ["name_en"] = match?.NameEn,
            ["budget_source"] = c.BudgetSource.ToString(),
            ["amount"] = Text(c.Amount),
            ["share_percent"] = Text(c.SharePercent),
            ["change_vs_budget"] = Text(c.BudgetChangeAmount),
            ["change_vs_budget_percent"] = Text(c.BudgetChangePercent),
            ["reason"] = c.Reason,
            ["line"] = c.Line,
        };
    }

    private static JsonObject Finding(Finding f) => new()
    {
        ["rule"] = f.Rule,
        ["severity"] = f.Severity.ToString(),
        ["subject"] = f.Subject,
        ["message"] = f.Message,
        ["expected"] = Text(f.Expected),
        ["actual"] = Text(f.Actual),
        ["line"] = f.Line,
    };

    private static string? Text(decimal? value) => value?.ToString(CultureInfo.InvariantCulture);
}
