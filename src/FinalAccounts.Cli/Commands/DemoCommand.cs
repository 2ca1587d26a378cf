using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using FinalAccounts.Synthetic.Demo;
using FinalAccounts.Synthetic.Generation;
using Spectre.Console;

namespace FinalAccounts.Cli.Commands;

/// <summary>
/// <c>demo --units 2000 --years 10 --seed 42 --out data/demo.db</c>: writes a synthetic, clearly labelled
/// demo snapshot of a fictional municipality, with a progress bar. The real snapshot is never touched.
/// </summary>
public static class DemoCommand
{
    public static Command Create()
    {
        var units = new Option<int>("--units") { Description = "Number of fictional budget units.", DefaultValueFactory = _ => 2000 };
        var years = new Option<int>("--years") { Description = "Number of consecutive fiscal years, ending with --final-year.", DefaultValueFactory = _ => 10 };
        var seed = new Option<int>("--seed") { Description = "Seed: the same seed and sizes give the same snapshot.", DefaultValueFactory = _ => 42 };
        var finalYear = new Option<int>("--final-year") { Description = "Last fiscal year generated.", DefaultValueFactory = _ => 2024 };
        var output = new Option<FileInfo>("--out") { Description = "Snapshot file to write (replaced atomically).", DefaultValueFactory = _ => new FileInfo(Path.Combine("data", "demo.db")) };
        units.Validators.Add(r => { if (r.GetValueOrDefault<int>() < 1) r.AddError("--units must be at least 1."); });
        years.Validators.Add(r => { if (r.GetValueOrDefault<int>() is < 1 or > 50) r.AddError("--years must be between 1 and 50."); });

        var command = new Command("demo", "Generate a synthetic demo snapshot (every row marked synthetic, every unit name marked 【示例】).")
        {
            units, years, seed, finalYear, output,
        };
        command.SetAction(parse =>
        {
            var options = new DemoOptions(parse.GetValue(units), parse.GetValue(years), parse.GetValue(seed)) { FinalYear = parse.GetValue(finalYear) };
            var path = parse.GetValue(output)!.FullName;
            return Run(options, path);
        });
        return command;
    }

    private static int Run(DemoOptions options, string path)
    {
        if (Path.GetFileName(path).Equals("snapshot.db", StringComparison.OrdinalIgnoreCase))
        {
            AnsiConsole.MarkupLine("[red]Refusing to write a demo over the real snapshot (snapshot.db); choose another --out.[/]");
            return 2;
        }

        var clock = Stopwatch.StartNew();
        var total = new DemoGenerator(options).CountReports();
        var info = AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .Start(context =>
            {
                var task = context.AddTask($"{options.Units} units × {options.Years} years", maxValue: total);
                return DemoSnapshot.Build(path, options, new InlineProgress(written => task.Value = written));
            });

        AnsiConsole.MarkupLine(string.Create(CultureInfo.InvariantCulture,
            $"[green]Wrote[/] {Markup.Escape(path)}: {info.AccountCount} unit-years of {info.UnitCount} units, {info.FindingCount} findings, snapshot {info.Id}, in {clock.Elapsed.TotalSeconds:0.0} s."));
        AnsiConsole.MarkupLine("Every row is marked synthetic (kind DEMO). Serve it with the API's Snapshot:Path setting pointing at this file.");
        return 0;
    }

    /// <summary>Reports progress on the writer's thread: <see cref="Progress{T}"/> would post it later, out of order.</summary>
    private sealed class InlineProgress(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }
}
