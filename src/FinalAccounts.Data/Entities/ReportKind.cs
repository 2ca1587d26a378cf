using System.ComponentModel;

namespace FinalAccounts.Data.Entities;

/// <summary>The two kinds of published final-accounts report.</summary>
[Description("The two kinds of published final-accounts report.")]
public enum ReportKind
{
    /// <summary>部门决算: a department and the units under it, consolidated.</summary>
    [Description("部门决算: a department and the units under it, consolidated.")]
    Department,
    /// <summary>单位决算: one budget unit alone.</summary>
    [Description("单位决算: one budget unit alone.")]
    Unit,
}
