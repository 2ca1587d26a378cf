using System.Text.RegularExpressions;
using static FinalAccounts.Data.Entities.Metric;

namespace FinalAccounts.Ingest.Parsing;

/// <summary>
/// 三、“三公”经费: the total and its parts (trips abroad, vehicle purchase and running, receptions), each with its
/// changes, and the physical counts (groups and persons abroad, vehicles bought and held, receptions).
/// Per-head and per-vehicle averages ("人均接待费", "车均购置费") are not figures of the report.
/// </summary>
internal sealed partial class ThreePublicExpensesParser : ISectionParser
{
    public static IReadOnlyList<LabelRule> Rules { get; } =
    [
        new("“?三公”?经费(?:支出)?(?:合计|共计|总计)?", ThreePublicTotal),
        new(@"因公出国\(境\)费(?:用)?(?:支出)?", OverseasTrips),
        new("公务用车购置费(?:支出)?", VehiclePurchase),
        new("公务用车运行(?:维护)?费(?:支出)?", VehicleOperation),
        new("公务接待费(?:支出)?", OfficialReception),
    ];

    private static readonly LabelTable Labels = new([.. Rules]);

    public SectionKind Kind => SectionKind.ThreePublicExpenses;

    public void Parse(Section section, ParseContext context)
    {
        var report = context.Report;
        foreach (var paragraph in section.Lines.Where(l => !l.IsTableRow))
        {
            FigureReader.Read(context, paragraph, Labels);

            var text = paragraph.Text;
            var found = false;
            if (Trips().Match(text) is { Success: true } trips)
            {
                report.OverseasTripGroups ??= int.Parse(trips.Groups["groups"].Value);
                report.OverseasTripPersons ??= int.Parse(trips.Groups["persons"].Value);
                found = true;
            }

            if (Purchased().Match(text) is { Success: true } purchased)
            {
                report.VehiclesPurchased ??= int.Parse(purchased.Groups["n"].Value);
                found = true;
            }

            if (Held().Match(text) is { Success: true } held)
            {
                report.VehiclesHeld ??= int.Parse(held.Groups["n"].Value);
                found = true;
            }

            if (Receptions().Match(text) is { Success: true } receptions)
            {
                report.ReceptionBatches ??= int.Parse(receptions.Groups["batches"].Value);
                report.ReceptionPersons ??= int.Parse(receptions.Groups["persons"].Value);
                found = true;
            }

            if (found) report.ThreePublicLine ??= paragraph.Line;
        }
    }

    [GeneratedRegex(@"因公出国\(境\)[^\d。;]{0,8}?(?<groups>\d+)个?团组?,?[^\d。;]{0,4}?(?<persons>\d+)人")]
    private static partial Regex Trips();

    [GeneratedRegex(@"公务用车购置[^\d。;费]{0,4}?(?<n>\d+)辆")]
    private static partial Regex Purchased();

    [GeneratedRegex(@"(?:公务车|公务用车)保有量?[^\d。;]{0,4}?(?<n>\d+)辆")]
    private static partial Regex Held();

    // Domestic receptions; "国(境)外公务接待" is a part of them and is not read here.
    [GeneratedRegex(@"(?<![外)])公务接待[^\d。;费]{0,4}?(?<batches>\d+)批次?,?[^\d。;]{0,4}?(?<persons>\d+)人")]
    private static partial Regex Receptions();
}
