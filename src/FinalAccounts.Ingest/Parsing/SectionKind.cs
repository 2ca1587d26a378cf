namespace FinalAccounts.Ingest.Parsing;

/// <summary>The parts of a final-accounts report, in the template's order.</summary>
public enum SectionKind
{
    /// <summary>Text before the first heading: the title, or the middle of a report when a page starts mid-way.</summary>
    Preamble,
    /// <summary>一、单位基本情况.</summary>
    UnitProfile,
    /// <summary>二、决算情况说明: the chapter that holds the figure sections below; no content of its own.</summary>
    AccountsChapter,
    /// <summary>(一)收入支出决算总体情况.</summary>
    Totals,
    /// <summary>(二)财政拨款收入支出决算总体情况.</summary>
    FiscalAppropriations,
    /// <summary>(三)一般公共预算财政拨款支出决算情况.</summary>
    GeneralBudget,
    /// <summary>(四)一般公共预算财政拨款基本支出决算情况.</summary>
    BasicExpenditure,
    /// <summary>(五)政府性基金预算收支决算情况.</summary>
    GovernmentFund,
    /// <summary>(六)国有资本经营预算财政拨款支出决算情况.</summary>
    StateCapital,
    /// <summary>三、“三公”经费.</summary>
    ThreePublicExpenses,
    /// <summary>四、其他需要说明的事项.</summary>
    OtherMatters,
    /// <summary>五、预算绩效管理情况.</summary>
    Performance,
    /// <summary>六、专业名词解释: definitions only, never figures.</summary>
    Glossary,
    /// <summary>七、决算公开联系方式.</summary>
    Contact,
}
