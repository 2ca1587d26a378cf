namespace FinalAccounts.Data.Entities;

/// <summary>
/// Every figure a final-accounts report states, by name. Amounts are in 万元.
/// The order follows the report's sections; the names follow the glossary of domain.md.
/// </summary>
public enum Metric
{
    IncomeTotal,                    // 收入总计
    ExpenditureTotal,               // 支出总计
    IncomeSubtotal,                 // 收入合计
    FiscalAppropriationIncome,      // 财政拨款收入
    ServiceIncome,                  // 事业收入
    BusinessIncome,                 // 经营收入
    OtherIncome,                    // 其他收入
    CarryoverIn,                    // 年初结转结余
    ExpenditureSubtotal,            // 支出合计
    BasicExpenditure,               // 基本支出
    ProjectExpenditure,             // 项目支出
    CarryoverOut,                   // 年末结转和结余
    FiscalAppropriationTotal,       // 财政拨款收、支总计
    GeneralBudgetIncome,            // 一般公共预算财政拨款收入
    GeneralBudgetExpenditure,       // 一般公共预算财政拨款支出
    GeneralBudgetCarryoverIn,       // 一般公共预算 年初结转结余
    GeneralBudgetCarryoverOut,      // 一般公共预算 年末结转和结余
    GeneralBudgetBasicExpenditure,  // 一般公共预算财政拨款基本支出
    PersonnelExpenses,              // 人员经费
    OperatingExpenses,              // 公用经费
    GovernmentFundIncome,           // 政府性基金预算财政拨款收入
    GovernmentFundExpenditure,      // 政府性基金预算财政拨款支出
    StateCapitalExpenditure,        // 国有资本经营预算财政拨款支出
    ThreePublicTotal,               // “三公”经费支出
    OverseasTrips,                  // 因公出国（境）费
    VehiclePurchase,                // 公务用车购置费
    VehicleOperation,               // 公务用车运行维护费
    OfficialReception,              // 公务接待费
    MeetingFees,                    // 会议费
    TrainingFees,                   // 培训费
    OrganOperatingExpenses,         // 机关运行经费
    ProcurementTotal,               // 政府采购支出总额
    ProcurementGoods,               // 货物
    ProcurementWorks,               // 工程
    ProcurementServices,            // 服务
    ProcurementSme,                 // 授予中小企业合同金额
    ProcurementSmallMicro,          // 授予小微企业合同金额
    SelfEvaluatedFunds,             // 绩效自评涉及资金
    ThirdPartyEvaluatedFunds,       // 第三方评价涉及资金
}
