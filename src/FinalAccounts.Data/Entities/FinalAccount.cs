using System.ComponentModel;

namespace FinalAccounts.Data.Entities;

/// <summary>
/// One unit's final accounts for one year. The flat amounts are the stated values (万元), for
/// filtering and sorting; each has a <see cref="Figure"/> with its line, stated changes, derived
/// previous-year value and reason.
/// </summary>
[Description("One unit's final accounts (决算) for one fiscal year: every stated total, the three public expenses, other matters and the performance summary. Amounts are in 万元; each has a figure with its line, stated changes and reason.")]
public sealed class FinalAccount
{
    [Description("Stable key: unit key and year.")]
    public required string Id { get; init; }
    [Description("Key of the unit.")]
    public required string UnitId { get; set; }
    [Description("Fiscal year.")]
    public int Year { get; set; }
    [Description("Key of the source document.")]
    public required string DocumentId { get; set; }
    [Description("Kind of report: department (部门决算) or unit (单位决算).")]
    public ReportKind ReportKind { get; set; }
    [Description("Whether the values are reported or synthetic.")]
    public Provenance Provenance { get; set; }

    [Money, Description("收入总计: total income including carry-over in, in 万元.")] public decimal? IncomeTotal { get; set; }
    [Money, Description("支出总计: total expenditure including carry-over out, in 万元.")] public decimal? ExpenditureTotal { get; set; }
    [Money, Description("收入合计: income for the year, in 万元.")] public decimal? IncomeSubtotal { get; set; }
    [Money, Description("财政拨款收入: fiscal appropriation income, in 万元.")] public decimal? FiscalAppropriationIncome { get; set; }
    [Money, Description("事业收入: service income of a public institution, in 万元.")] public decimal? ServiceIncome { get; set; }
    [Money, Description("经营收入: business income, in 万元.")] public decimal? BusinessIncome { get; set; }
    [Money, Description("其他收入: other income, in 万元.")] public decimal? OtherIncome { get; set; }
    [Money, Description("年初结转结余: carry-over in from the previous year, in 万元.")] public decimal? CarryoverIn { get; set; }
    [Money, Description("支出合计: expenditure for the year, in 万元.")] public decimal? ExpenditureSubtotal { get; set; }
    [Money, Description("基本支出: basic expenditure, in 万元.")] public decimal? BasicExpenditure { get; set; }
    [Money, Description("项目支出: project expenditure, in 万元.")] public decimal? ProjectExpenditure { get; set; }
    [Money, Description("年末结转和结余: carry-over out to the next year, in 万元.")] public decimal? CarryoverOut { get; set; }
    [Money, Description("财政拨款收、支总计: fiscal appropriations total, in 万元.")] public decimal? FiscalAppropriationTotal { get; set; }
    [Money, Description("一般公共预算财政拨款收入: general public budget income, in 万元.")] public decimal? GeneralBudgetIncome { get; set; }
    [Money, Description("一般公共预算财政拨款支出: general public budget expenditure, in 万元.")] public decimal? GeneralBudgetExpenditure { get; set; }
    [Money, Description("一般公共预算财政拨款年初结转结余: general public budget carry-over in, in 万元.")] public decimal? GeneralBudgetCarryoverIn { get; set; }
    [Money, Description("一般公共预算财政拨款年末结转和结余: general public budget carry-over out, in 万元.")] public decimal? GeneralBudgetCarryoverOut { get; set; }
    [Money, Description("一般公共预算财政拨款基本支出: general public budget basic expenditure, in 万元.")] public decimal? GeneralBudgetBasicExpenditure { get; set; }
    [Money, Description("人员经费: personnel expenses (economic classes 301 + 303), in 万元.")] public decimal? PersonnelExpenses { get; set; }
    [Money, Description("公用经费: operating expenses (economic class 302 and the rest), in 万元.")] public decimal? OperatingExpenses { get; set; }
    [Money, Description("政府性基金预算财政拨款收入: government fund budget income, in 万元.")] public decimal? GovernmentFundIncome { get; set; }
    [Money, Description("政府性基金预算财政拨款支出: government fund budget expenditure, in 万元.")] public decimal? GovernmentFundExpenditure { get; set; }
    [Money, Description("国有资本经营预算财政拨款支出: state capital operating budget expenditure, in 万元; 0 when the report says there is none.")] public decimal? StateCapitalExpenditure { get; set; }

    [Money, Description("“三公”经费: the three public expenses in total, in 万元.")] public decimal? ThreePublicTotal { get; set; }
    [Money, Description("因公出国（境）费: official trips abroad, in 万元.")] public decimal? OverseasTrips { get; set; }
    [Money, Description("公务用车购置费: official vehicle purchase, in 万元.")] public decimal? VehiclePurchase { get; set; }
    [Money, Description("公务用车运行维护费: official vehicle running costs, in 万元.")] public decimal? VehicleOperation { get; set; }
    [Money, Description("公务接待费: official receptions, in 万元.")] public decimal? OfficialReception { get; set; }
    [Description("Official trips abroad: number of groups (团组).")] public int? OverseasTripGroups { get; set; }
    [Description("Official trips abroad: number of persons (人次).")] public int? OverseasTripPersons { get; set; }
    [Description("Official vehicles purchased (辆).")] public int? VehiclesPurchased { get; set; }
    [Description("Official vehicles held at year end (公务车保有量, 辆).")] public int? VehiclesHeld { get; set; }
    [Description("Domestic official receptions: batches (批次).")] public int? ReceptionBatches { get; set; }
    [Description("Domestic official receptions: persons (人次).")] public int? ReceptionPersons { get; set; }

    [Money, Description("会议费: meeting fees, in 万元.")] public decimal? MeetingFees { get; set; }
    [Money, Description("培训费: training fees, in 万元.")] public decimal? TrainingFees { get; set; }
    [Description("Whether the unit is in the scope of organ operating expenses (机关运行经费). False for public institutions, which report 'not in scope' rather than 0.")] public bool? OrganOperatingInScope { get; set; }
    [Money, Description("机关运行经费: organ operating expenses, in 万元; null when not in scope.")] public decimal? OrganOperatingExpenses { get; set; }
    [Description("Vehicles held on 31 December (车辆, 辆).")] public int? VehiclesTotal { get; set; }
    [Description("General equipment with a unit price of 500,000 CNY or more (台/套).")] public int? GeneralEquipmentCount { get; set; }
    [Description("Special equipment with a unit price of 1,000,000 CNY or more (台/套).")] public int? SpecialEquipmentCount { get; set; }

    [Description("Performance management: number of projects self-evaluated (绩效自评).")] public int? SelfEvaluatedProjects { get; set; }
    [Money, Description("Performance management: funds covered by self-evaluation, in 万元.")] public decimal? SelfEvaluatedFunds { get; set; }
    [Description("Performance management: number of third-party evaluations.")] public int? ThirdPartyEvaluations { get; set; }
    [Money, Description("Performance management: funds covered by third-party evaluations, in 万元.")] public decimal? ThirdPartyEvaluatedFunds { get; set; }
    [Description("Stated conclusion of the performance self-evaluation.")] public string? PerformanceConclusion { get; set; }

    public Unit? Unit { get; set; }
    public FiscalYear? FiscalYear { get; set; }
    public SourceDocument? Document { get; set; }
    public Procurement? Procurement { get; set; }
    public List<Figure> Figures { get; set; } = [];
    public List<Expenditure> Expenditures { get; set; } = [];
    public List<PerformanceProject> PerformanceProjects { get; set; } = [];
    public List<DataQualityFinding> Findings { get; set; } = [];
}
