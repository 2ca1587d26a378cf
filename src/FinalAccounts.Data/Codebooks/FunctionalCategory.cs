namespace FinalAccounts.Data.Codebooks;

/// <summary>One class of the national functional classification (支出功能分类科目).</summary>
public sealed record FunctionalCategory(string Code, string NameZh, string NameEn);
