namespace FinalAccounts.Data.Entities;

/// <summary>The two kinds of published final-accounts report.</summary>
public enum ReportKind
{
    /// <summary>部门决算: a department and the units under it, consolidated.</summary>
    Department,
    /// <summary>单位决算: one budget unit alone.</summary>
    Unit,
}
