namespace FinalAccounts.Synthetic.Rendering;

/// <summary>The sections and sub-sections a rendered report may leave out (the others are always there).</summary>
public enum ReportSection
{
    /// <summary>二(五) 政府性基金预算.</summary>
    GovernmentFund,
    /// <summary>二(六) 国有资本经营预算.</summary>
    StateCapital,
    /// <summary>三 “三公”经费.</summary>
    ThreePublic,
    /// <summary>四(一) 会议和培训费.</summary>
    MeetingAndTraining,
    /// <summary>四(二) 机关运行经费.</summary>
    OrganOperating,
    /// <summary>四(三) 国有资产占用.</summary>
    AssetHoldings,
    /// <summary>四(四) 政府采购.</summary>
    Procurement,
    /// <summary>五 预算绩效管理.</summary>
    Performance,
    /// <summary>六 专业名词解释.</summary>
    Glossary,
}
