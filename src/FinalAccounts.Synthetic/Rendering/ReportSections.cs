using FinalAccounts.Data.Entities;
using FinalAccounts.Ingest.Parsing;

namespace FinalAccounts.Synthetic.Rendering;

/// <summary>What each optional section states, so a reader of a rendered report knows what a left-out section took with it.</summary>
public static class ReportSections
{
    /// <summary>
    /// The standard heading by which <c>Report.MissingSections</c> names the section when it is missing, or
    /// null for a sub-section the parser does not name on its own (the items of 其他需要说明的事项, the glossary).
    /// </summary>
    public static string? StandardHeading(ReportSection section) => section switch
    {
        ReportSection.GovernmentFund => StandardSections.GovernmentFund,
        ReportSection.StateCapital => StandardSections.StateCapital,
        ReportSection.ThreePublic => StandardSections.ThreePublicExpenses,
        ReportSection.Performance => StandardSections.Performance,
        _ => null,
    };

    /// <summary>The figures a section states.</summary>
    public static IReadOnlyList<Metric> Metrics(ReportSection section) => section switch
    {
        ReportSection.GovernmentFund => [Metric.GovernmentFundIncome, Metric.GovernmentFundExpenditure],
        ReportSection.StateCapital => [Metric.StateCapitalExpenditure],
        ReportSection.ThreePublic => [Metric.ThreePublicTotal, Metric.OverseasTrips, Metric.VehiclePurchase, Metric.VehicleOperation, Metric.OfficialReception],
        ReportSection.MeetingAndTraining => [Metric.MeetingFees, Metric.TrainingFees],
        ReportSection.OrganOperating => [Metric.OrganOperatingExpenses],
        ReportSection.AssetHoldings => [],
        ReportSection.Procurement => [Metric.ProcurementTotal, Metric.ProcurementGoods, Metric.ProcurementWorks, Metric.ProcurementServices, Metric.ProcurementSme, Metric.ProcurementSmallMicro],
        ReportSection.Performance => [Metric.SelfEvaluatedFunds, Metric.ThirdPartyEvaluatedFunds],
        ReportSection.Glossary => [],
        _ => throw new ArgumentOutOfRangeException(nameof(section), section, null),
    };
}
