using System.CommandLine;
using FinalAccounts.Ingest.Snapshot;
using Spectre.Console;

namespace FinalAccounts.Cli.Commands;

/// <summary>`build`: reports folder → snapshot file, one line per document, non-zero exit when any document failed.</summary>
public static class BuildCommand
{
    public static Command Create()
    {
        var reports = new Option<DirectoryInfo>("--reports") { Description = "Folder of published reports (*.txt, *.htm, *.html).", DefaultValueFactory = _ => new DirectoryInfo("data/reports") };
        var output = new Option<FileInfo>("--out") { Description = "Snapshot file to write (replaced atomically).", DefaultValueFactory = _ => new FileInfo("data/snapshot.db") };
        var partial = new Option<bool>("--partial") { Description = "Write the snapshot from the documents that succeeded even when others failed (the exit code is still non-zero)." };
        var command = new Command("build", "Parse and check every report in a folder and write the snapshot atomically.") { reports, output, partial };
        command.SetAction(parse =>
        {
            var folder = parse.GetValue(reports)!.FullName;
            var target = parse.GetValue(output)!.FullName;
            var files = SnapshotBuilder.ReportFiles(folder).Count;
            BuildResult result;
            if (files > 50 && !Console.IsErrorRedirected)
            {
                // Long runs show progress on stderr; the per-document lines stay on stdout for scripts.
                result = null!;
                AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) }).Progress().Start(ctx =>
                {
                    var task = ctx.AddTask("parsing reports", maxValue: files);
                    result = SnapshotBuilder.Build(folder, target, Console.Out, parse.GetValue(partial),
                        progress: new Progress<int>(n => task.Value = n));
                });
            }
            else
            {
                result = SnapshotBuilder.Build(folder, target, Console.Out, parse.GetValue(partial));
            }
            return result.FailedCount == 0 && result.SnapshotWritten ? 0 : 1;
        });
        return command;
    }
}
