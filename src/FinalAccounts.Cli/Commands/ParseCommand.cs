using System.CommandLine;
using FinalAccounts.Data.Entities;
using FinalAccounts.Ingest.Checks;
using FinalAccounts.Ingest.Json;
using FinalAccounts.Ingest.Model;
using FinalAccounts.Ingest.Parsing;

namespace FinalAccounts.Cli.Commands;

/// <summary>`parse FILE [--json]`: what one report yields, so it can be checked before it is added.</summary>
public static class ParseCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "The report to parse." };
        var json = new Option<bool>("--json") { Description = "Print the result as JSON (figures as decimal strings in 万元)." };
        var command = new Command("parse", "Parse and check one report and print what it yields.") { file, json };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            if (!path.Exists)
            {
                Console.Error.WriteLine($"{path.Name}: no such file");
                return 2;
            }
            try
            {
                var report = ReportParser.Parse(path.Name, File.ReadAllBytes(path.FullName));
                var findings = IdentityChecks.Check(report);
                if (parse.GetValue(json)) Console.WriteLine(ReportJson.Serialize(report, findings));
                else PrintText(report, findings);
                return 0;
            }
            catch (ReportFormatException e)
            {
                Console.Error.WriteLine(e.Message);
                return 1;
            }
        });
        return command;
    }

    private static void PrintText(Report report, IReadOnlyList<Finding> findings)
    {
        Console.WriteLine($"{report.Unit.Name} {report.Year} ({(report.Kind == ReportKind.Department ? "部门决算" : "单位决算")})");
        foreach (var (metric, f) in report.Figures.OrderBy(f => f.Key))
            Console.WriteLine($"  {metric,-32} {f.Amount,14} 万元  line {f.Line}{(f.ChangeAmount is { } c ? $"  change {c} ({f.ChangePercent}%)" : "")}");
        foreach (var c in report.Categories)
            Console.WriteLine($"  category {c.StatedName,-20} {c.Amount,14} 万元  line {c.Line}");
        Console.WriteLine($"  {report.Projects.Count} performance tables, {report.Projects.Sum(p => p.Indicators.Count)} indicators");
        foreach (var f in findings)
            Console.WriteLine($"  {f.Severity}: {f.Rule} {f.Subject} — {f.Message} (line {f.Line})");
        foreach (var s in report.MissingSections) Console.WriteLine($"  missing section: {s}");
        foreach (var w in report.Warnings) Console.WriteLine($"  warning (line {w.Line}): {w.Message}");
    }
}
