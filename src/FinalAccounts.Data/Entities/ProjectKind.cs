namespace FinalAccounts.Data.Entities;

/// <summary>Kind of a performance self-evaluation table.</summary>
public enum ProjectKind
{
    /// <summary>重点专项项目.</summary>
    KeySpecial,
    /// <summary>一般性项目.</summary>
    General,
}
