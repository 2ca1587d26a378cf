using System.ComponentModel;

namespace FinalAccounts.Data.Entities;

[Description("A functional classification category (支出功能分类科目, class level). Categories a report names that the national codebook lacks are kept, with no code.")]
public sealed class ExpenseCategory
{
    [Description("Stable key: the national code, or 'x' and a hash of the name for a category outside the codebook.")]
    public required string Id { get; init; }
    [Description("National class code, e.g. 201; null for a category outside the codebook.")]
    public string? Code { get; set; }
    [Description("Chinese name, e.g. 一般公共服务支出.")]
    public required string NameZh { get; set; }
    [Description("English name, e.g. General public services; null outside the codebook.")]
    public string? NameEn { get; set; }
    [Description("Whether the category is in the national codebook.")]
    public bool InCodebook { get; set; }

    public List<Expenditure> Expenditures { get; set; } = [];
}
