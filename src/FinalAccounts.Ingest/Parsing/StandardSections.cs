namespace FinalAccounts.Ingest.Parsing;

/// <summary>
/// The standard headings of the national template, by which a report's missing sections are named
/// (<see cref="Model.Report.MissingSections"/>).
/// </summary>
public static class StandardSections
{
    public const string UnitProfile = "单位基本情况";
    public const string Totals = "收入支出决算总体情况";
    public const string FiscalAppropriations = "财政拨款收入支出决算总体情况";
    public const string GeneralBudget = "一般公共预算财政拨款支出决算情况";
    public const string BasicExpenditure = "一般公共预算财政拨款基本支出决算情况";
    public const string GovernmentFund = "政府性基金预算收支决算情况";
    public const string StateCapital = "国有资本经营预算财政拨款支出决算情况";
    public const string ThreePublicExpenses = "三公经费";
    public const string OtherMatters = "其他需要说明的事项";
    public const string Performance = "预算绩效管理情况";
    public const string Contact = "决算公开联系方式";

    /// <summary>The standard headings, in the template's order.</summary>
    public static IReadOnlyList<string> Headings { get; } =
    [
        UnitProfile, Totals, FiscalAppropriations, GeneralBudget, BasicExpenditure, GovernmentFund,
        StateCapital, ThreePublicExpenses, OtherMatters, Performance, Contact,
    ];

    /// <summary>The standard heading of a section kind; null for the parts that have none (preamble, chapter, glossary).</summary>
    public static string? HeadingOf(SectionKind kind) => kind switch
    {
        SectionKind.UnitProfile => UnitProfile,
        SectionKind.Totals => Totals,
        SectionKind.FiscalAppropriations => FiscalAppropriations,
        SectionKind.GeneralBudget => GeneralBudget,
        SectionKind.BasicExpenditure => BasicExpenditure,
        SectionKind.GovernmentFund => GovernmentFund,
        SectionKind.StateCapital => StateCapital,
        SectionKind.ThreePublicExpenses => ThreePublicExpenses,
        SectionKind.OtherMatters => OtherMatters,
        SectionKind.Performance => Performance,
        SectionKind.Contact => Contact,
        _ => null,
    };
}
