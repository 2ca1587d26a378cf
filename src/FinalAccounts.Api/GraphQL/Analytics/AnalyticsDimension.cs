using System.ComponentModel;

namespace FinalAccounts.Api.GraphQL.Analytics;

/// <summary>What facts can be grouped by. Category and budget source exist only on expenditure by category.</summary>
[Description("What an aggregate groups facts by. CATEGORY and BUDGET_SOURCE apply only to CATEGORY_EXPENDITURE; the others to every metric.")]
public enum AnalyticsDimension
{
    [Description("The fiscal year. Groupings that include it also give the change from the previous year's group.")]
    Year,
    [Description("The budget unit (预算单位).")]
    Unit,
    [Description("The unit's supervising department (主管部门); units without one form one group with a null key.")]
    SupervisingDepartment,
    [Description("The unit's region (e.g. 重庆市万州区); units without one form one group with a null key.")]
    Region,
    [Description("The unit's kind as stated (e.g. 事业单位, 行政单位), with its English name.")]
    UnitKind,
    [Description("The functional category (支出功能分类) of expenditure by category.")]
    Category,
    [Description("The budget (一般公共预算, 政府性基金预算, 国有资本经营预算) of expenditure by category.")]
    BudgetSource,
}
