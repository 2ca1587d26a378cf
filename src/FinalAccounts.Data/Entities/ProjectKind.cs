using System.ComponentModel;

namespace FinalAccounts.Data.Entities;

/// <summary>Kind of a performance self-evaluation table.</summary>
[Description("Kind of a performance self-evaluation table.")]
public enum ProjectKind
{
    /// <summary>重点专项项目.</summary>
    [Description("重点专项项目: a key special project.")]
    KeySpecial,
    /// <summary>一般性项目.</summary>
    [Description("一般性项目: a general project.")]
    General,
}
