using System.ComponentModel;

namespace FinalAccounts.Data.Entities;

/// <summary>
/// Every figure a final-accounts report states, by name. Amounts are in 万元.
/// The order follows the report's sections; the names follow the glossary of domain.md.
/// </summary>
[Description("Every figure a final-accounts report states, by name. Amounts are in 万元.")]
public enum Metric
{
    [Description("收入总计: total income including carry-over in.")] IncomeTotal,
    [Description("支出总计: total expenditure including carry-over out.")] ExpenditureTotal,
    [Description("收入合计: income for the year.")] IncomeSubtotal,
    [Description("财政拨款收入: fiscal appropriation income.")] FiscalAppropriationIncome,
    [Description("事业收入: service income of a public institution.")] ServiceIncome,
    [Description("经营收入: business income.")] BusinessIncome,
    [Description("其他收入: other income.")] OtherIncome,
    [Description("年初结转结余: carry-over in from the previous year.")] CarryoverIn,
    [Description("支出合计: expenditure for the year.")] ExpenditureSubtotal,
    [Description("基本支出: basic expenditure.")] BasicExpenditure,
    [Description("项目支出: project expenditure.")] ProjectExpenditure,
    [Description("年末结转和结余: carry-over out to the next year.")] CarryoverOut,
    [Description("财政拨款收、支总计: fiscal appropriations total.")] FiscalAppropriationTotal,
    [Description("一般公共预算财政拨款收入: general public budget income.")] GeneralBudgetIncome,
    [Description("一般公共预算财政拨款支出: general public budget expenditure.")] GeneralBudgetExpenditure,
    [Description("一般公共预算年初结转结余: general public budget carry-over in.")] GeneralBudgetCarryoverIn,
    [Description("一般公共预算年末结转和结余: general public budget carry-over out.")] GeneralBudgetCarryoverOut,
    [Description("一般公共预算财政拨款基本支出: general public budget basic expenditure.")] GeneralBudgetBasicExpenditure,
    [Description("人员经费: personnel expenses.")] PersonnelExpenses,
    [Description("公用经费: operating expenses.")] OperatingExpenses,
    [Description("政府性基金预算财政拨款收入: government fund budget income.")] GovernmentFundIncome,
    [Description("政府性基金预算财政拨款支出: government fund budget expenditure.")] GovernmentFundExpenditure,
    [Description("国有资本经营预算财政拨款支出: state capital operating budget expenditure.")] StateCapitalExpenditure,
    [Description("“三公”经费: the three public expenses in total.")] ThreePublicTotal,
    [Description("因公出国（境）费: official trips abroad.")] OverseasTrips,
    [Description("公务用车购置费: official vehicle purchase.")] VehiclePurchase,
    [Description("公务用车运行维护费: official vehicle running costs.")] VehicleOperation,
    [Description("公务接待费: official receptions.")] OfficialReception,
    [Description("会议费: meeting fees.")] MeetingFees,
    [Description("培训费: training fees.")] TrainingFees,
    [Description("机关运行经费: organ operating expenses.")] OrganOperatingExpenses,
    [Description("政府采购支出总额: procurement total.")] ProcurementTotal,
    [Description("政府采购货物: procurement of goods.")] ProcurementGoods,
    [Description("政府采购工程: procurement of works.")] ProcurementWorks,
    [Description("政府采购服务: procurement of services.")] ProcurementServices,
    [Description("授予中小企业合同金额: procurement contracts awarded to SMEs.")] ProcurementSme,
    [Description("授予小微企业合同金额: of which small and micro enterprises.")] ProcurementSmallMicro,
    [Description("绩效自评涉及资金: funds covered by performance self-evaluation.")] SelfEvaluatedFunds,
    [Description("第三方评价涉及资金: funds covered by third-party evaluations.")] ThirdPartyEvaluatedFunds,
}
