using FinalAccounts.Data.Entities;

namespace FinalAccounts.Ingest.Parsing;

/// <summary>
/// A way a report names one or more figures ("收入总计"; "收、支总计" names two), as a regular expression
/// fragment, and the metrics it names.
/// </summary>
internal sealed record LabelRule(string Pattern, params Metric[] Metrics)
{
    /// <summary>
    /// Put in front of a bare word such as "收入" or "支出": it may follow a year, "本单位"/"本部门" or punctuation,
    /// but not another character, so that "一般公共服务支出" or "上级补助收入" never read as the bare word.
    /// </summary>
    public const string Bare = @"(?<![\u4E00-\u9FFF-[度年位门为]])";
}
