using System.ComponentModel;

namespace FinalAccounts.Data.Entities;

[Description("Government procurement (政府采购) of one unit in one year. Amounts are in 万元.")]
public sealed class Procurement
{
    [Description("Stable key: account key.")]
    public required string Id { get; init; }
    [Description("Key of the final account.")]
    public required string AccountId { get; set; }
    [Description("Key of the unit.")]
    public required string UnitId { get; set; }
    [Description("Fiscal year.")]
    public int Year { get; set; }
    [Money, Description("政府采购支出总额: procurement total, in 万元.")] public decimal? Total { get; set; }
    [Money, Description("货物: goods, in 万元.")] public decimal? Goods { get; set; }
    [Money, Description("工程: works, in 万元.")] public decimal? Works { get; set; }
    [Money, Description("服务: services, in 万元.")] public decimal? Services { get; set; }
    [Money, Description("授予中小企业合同金额: contracts awarded to SMEs, in 万元.")] public decimal? Sme { get; set; }
    [Description("Stated share of SMEs in the total, in percent.")] public decimal? SmeSharePercent { get; set; }
    [Money, Description("授予小微企业合同金额: of which small and micro enterprises, in 万元.")] public decimal? SmallMicro { get; set; }
    [Description("Stated share of small and micro enterprises in the total, in percent.")] public decimal? SmallMicroSharePercent { get; set; }
    [Description("What the procurement bought, as stated (主要用于…).")] public string? Purpose { get; set; }
    [Description("Whether the values are reported or synthetic.")]
    public Provenance Provenance { get; set; }
    [Description("Key of the source document.")]
    public required string DocumentId { get; set; }
    [Description("Line of the procurement paragraph in the source document.")]
    public int? Line { get; set; }

    public FinalAccount? Account { get; set; }
    public Unit? Unit { get; set; }
}
