using System.ComponentModel;
using System.Reflection;
using FinalAccounts.Data.Entities;
using FinalAccounts.Api.GraphQL.Conventions;

namespace FinalAccounts.Api.GraphQL.Analytics;

/// <summary>
/// Every amount the snapshot holds, with a stable schema name and Chinese and English labels: each stated
/// metric (totals, basic/project, personnel/operating, three public expenses, training and meeting fees,
/// procurement and its parts…), read from the figure rows, and expenditure by functional category, read
/// from the expenditure rows.
/// </summary>
public static class MetricCatalogue
{
    public const string CategoryExpenditureName = "CATEGORY_EXPENDITURE";

    private static readonly (Metric Metric, string Zh, string En)[] Labels =
    [
        (Metric.IncomeTotal, "收入总计", "Total income"),
        (Metric.ExpenditureTotal, "支出总计", "Total expenditure"),
        (Metric.IncomeSubtotal, "收入合计", "Income for the year"),
        (Metric.FiscalAppropriationIncome, "财政拨款收入", "Fiscal appropriation income"),
        (Metric.ServiceIncome, "事业收入", "Service income"),
        (Metric.BusinessIncome, "经营收入", "Business income"),
        (Metric.OtherIncome, "其他收入", "Other income"),
        (Metric.CarryoverIn, "年初结转结余", "Carry-over in"),
        (Metric.ExpenditureSubtotal, "支出合计", "Expenditure for the year"),
        (Metric.BasicExpenditure, "基本支出", "Basic expenditure"),
        (Metric.ProjectExpenditure, "项目支出", "Project expenditure"),
        (Metric.CarryoverOut, "年末结转和结余", "Carry-over out"),
        (Metric.FiscalAppropriationTotal, "财政拨款收、支总计", "Fiscal appropriations total"),
        (Metric.GeneralBudgetIncome, "一般公共预算财政拨款收入", "General public budget income"),
        (Metric.GeneralBudgetExpenditure, "一般公共预算财政拨款支出", "General public budget expenditure"),
        (Metric.GeneralBudgetCarryoverIn, "一般公共预算年初结转结余", "General public budget carry-over in"),
        (Metric.GeneralBudgetCarryoverOut, "一般公共预算年末结转和结余", "General public budget carry-over out"),
        (Metric.GeneralBudgetBasicExpenditure, "一般公共预算财政拨款基本支出", "General public budget basic expenditure"),
        (Metric.PersonnelExpenses, "人员经费", "Personnel expenses"),
        (Metric.OperatingExpenses, "公用经费", "Operating expenses"),
        (Metric.GovernmentFundIncome, "政府性基金预算财政拨款收入", "Government fund budget income"),
        (Metric.GovernmentFundExpenditure, "政府性基金预算财政拨款支出", "Government fund budget expenditure"),
        (Metric.StateCapitalExpenditure, "国有资本经营预算财政拨款支出", "State capital operating budget expenditure"),
        (Metric.ThreePublicTotal, "“三公”经费", "Three public expenses"),
        (Metric.OverseasTrips, "因公出国（境）费", "Official trips abroad"),
        (Metric.VehiclePurchase, "公务用车购置费", "Official vehicle purchase"),
        (Metric.VehicleOperation, "公务用车运行维护费", "Official vehicle running costs"),
        (Metric.OfficialReception, "公务接待费", "Official receptions"),
        (Metric.MeetingFees, "会议费", "Meeting fees"),
        (Metric.TrainingFees, "培训费", "Training fees"),
        (Metric.OrganOperatingExpenses, "机关运行经费", "Organ operating expenses"),
        (Metric.ProcurementTotal, "政府采购支出总额", "Government procurement"),
        (Metric.ProcurementGoods, "政府采购货物", "Procurement of goods"),
        (Metric.ProcurementWorks, "政府采购工程", "Procurement of works"),
        (Metric.ProcurementServices, "政府采购服务", "Procurement of services"),
        (Metric.ProcurementSme, "授予中小企业合同金额", "Procurement awarded to SMEs"),
        (Metric.ProcurementSmallMicro, "授予小微企业合同金额", "Procurement awarded to small and micro enterprises"),
        (Metric.SelfEvaluatedFunds, "绩效自评涉及资金", "Funds under performance self-evaluation"),
        (Metric.ThirdPartyEvaluatedFunds, "第三方评价涉及资金", "Funds under third-party evaluation"),
    ];

    public static IReadOnlyList<MetricDefinition> All { get; } = Build();

    public static MetricDefinition For(Metric metric) => All.First(d => d.Metric == metric);

    private static List<MetricDefinition> Build()
    {
        var all = new List<MetricDefinition>();
        foreach (var (metric, zh, en) in Labels)
        {
            var stated = typeof(Metric).GetField(metric.ToString())!.GetCustomAttribute<DescriptionAttribute>()!.Description;
            all.Add(new MetricDefinition(Naming.ConstantCase(metric.ToString()), metric, MetricSource.Figure, zh, en,
                $"{stated.TrimEnd('.')}, in 万元; one fact per unit and year that states it."));
        }
        all.Add(new MetricDefinition(CategoryExpenditureName, null, MetricSource.Expenditure,
            "按支出功能分类的财政拨款支出", "Expenditure by functional category",
            "支出功能分类: fiscal appropriation expenditure by functional category, in 万元; one fact per unit, year, category and budget source. Group or filter by category and budget source."));
        return all;
    }
}
