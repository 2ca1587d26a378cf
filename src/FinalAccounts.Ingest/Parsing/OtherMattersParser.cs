using System.Text.RegularExpressions;
using static FinalAccounts.Data.Entities.Metric;

namespace FinalAccounts.Ingest.Parsing;

/// <summary>
/// 四、其他需要说明的事项: meeting and training fees, organ operating expenses (or that the unit is out of their
/// scope, which is not the same as zero), assets (vehicles, equipment) and government procurement.
/// </summary>
internal sealed partial class OtherMattersParser : ISectionParser
{
    public static IReadOnlyList<LabelRule> QualifiedRules { get; } =
    [
        new("会议费(?:支出)?", MeetingFees),
        new("培训费(?:支出)?", TrainingFees),
        new("机关运行经费(?:支出)?", OrganOperatingExpenses),
        new("政府采购(?:支出)?(?:总额|总计|合计|共计)", ProcurementTotal),
        new("政府采购货物(?:类)?(?:采购)?(?:支出)?", ProcurementGoods),
        new("政府采购工程(?:类)?(?:采购)?(?:支出)?", ProcurementWorks),
        new("政府采购服务(?:类)?(?:采购)?(?:支出)?", ProcurementServices),
        new("授予中小企业(?:的)?合同(?:金额)?", ProcurementSme),
        new("授予小微企业(?:的)?合同(?:金额)?", ProcurementSmallMicro),
    ];

    private static readonly LabelTable Labels = new(
    [
        .. QualifiedRules,
        new("货物(?:类)?(?:采购)?(?:支出)?", ProcurementGoods),
        new("工程(?:类)?(?:采购)?(?:支出)?", ProcurementWorks),
        new("服务(?:类)?(?:采购)?(?:支出)?", ProcurementServices),
    ]);

    public SectionKind Kind => SectionKind.OtherMatters;

    public void Parse(Section section, ParseContext context)
    {
        var report = context.Report;
        foreach (var paragraph in section.Lines.Where(l => !l.IsTableRow))
        {
            FigureReader.Read(context, paragraph, Labels);

            var text = paragraph.Text;
            if (OutOfScope().IsMatch(text)) report.OrganOperatingInScope = false;
            if (Vehicles().Match(text) is { Success: true } vehicles) report.VehiclesTotal ??= int.Parse(vehicles.Groups["n"].Value);
            if (GeneralEquipment().Match(text) is { Success: true } general) report.GeneralEquipmentCount ??= int.Parse(general.Groups["n"].Value);
            if (SpecialEquipment().Match(text) is { Success: true } special) report.SpecialEquipmentCount ??= int.Parse(special.Groups["n"].Value);
            if (text.Contains("政府采购") && Purpose().Match(text) is { Success: true } purpose) report.ProcurementPurpose ??= purpose.Groups["what"].Value;
        }

        if (context.Figure(OrganOperatingExpenses) is not null) report.OrganOperatingInScope ??= true;
        report.ProcurementSmeSharePercent ??= context.Figure(ProcurementSme)?.SharePercent;
        report.ProcurementSmallMicroSharePercent ??= context.Figure(ProcurementSmallMicro)?.SharePercent;
        report.ProcurementLine ??= context.Figure(ProcurementTotal)?.Line;
    }

    [GeneratedRegex("不在[^。]{0,20}?机关运行经费[^。]{0,12}?范围|不属于[^。]{0,12}?机关运行经费|机关运行经费[^。]{0,12}?不适用")]
    private static partial Regex OutOfScope();

    [GeneratedRegex(@"(?:共有|拥有|共)车辆(?<n>\d+)辆|车辆(?:共|总数)?(?<n>\d+)辆")]
    private static partial Regex Vehicles();

    [GeneratedRegex(@"通用设备(?<n>\d+)(?:台|套)")]
    private static partial Regex GeneralEquipment();

    [GeneratedRegex(@"专用设备(?<n>\d+)(?:台|套)")]
    private static partial Regex SpecialEquipment();

    [GeneratedRegex("主要用于(?<what>[^。]+)")]
    private static partial Regex Purpose();
}
