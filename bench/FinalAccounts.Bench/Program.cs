using System.Diagnostics;
using FinalAccounts.Bench;
using FinalAccounts.Ingest.Parsing;
using FinalAccounts.Ingest.Snapshot;

// Usage (Release): dotnet run -c Release --project bench/FinalAccounts.Bench -- <parse|build|ingest|statements> [count]
var command = args.FirstOrDefault() ?? "parse";
var count = args.Length > 1 ? int.Parse(args[1]) : 1000;
var root = FindRoot();
var reports = Path.Combine(root, "data", "reports");
var real = File.ReadAllText(Path.Combine(reports, "wanzhou-party-govt-info-center-2021.txt"));

switch (command)
{
    case "parse": Parse(); break;
    case "build": Build(); break;
    case "ingest": Ingest(); break;
    case "statements": Statements(); break;
    default: Console.Error.WriteLine("commands: parse [count] | build [runs] | ingest [count] | statements [runs]"); return 2;
}
return 0;

// Parsing throughput on one core: reports per second over `count` varied copies, after a warm-up.
void Parse()
{
    var variants = ReportVariants.Make(real, count).ToList();
    foreach (var (name, bytes) in variants.Take(50)) ReportParser.Parse(name, bytes);
    var watch = Stopwatch.StartNew();
    var figures = 0;
    foreach (var (name, bytes) in variants) figures += ReportParser.Parse(name, bytes).Figures.Count;
    watch.Stop();
    Console.WriteLine($"parse: {count} reports in {watch.Elapsed.TotalMilliseconds:F0} ms = {count / watch.Elapsed.TotalSeconds:F0} reports/s on one thread ({figures} figures)");
}

// Building the default snapshot from the real report, in-process (no process start), median of `count` runs.
void Build()
{
    var runs = Math.Min(count, 50);
    var target = Path.Combine(Path.GetTempPath(), $"bench-{Guid.NewGuid():N}.db");
    SnapshotBuilder.Build(reports, target, TextWriter.Null);
    var times = new List<double>();
    for (var i = 0; i < runs; i++)
    {
        var watch = Stopwatch.StartNew();
        SnapshotBuilder.Build(reports, target, TextWriter.Null);
        times.Add(watch.Elapsed.TotalMilliseconds);
    }
    File.Delete(target);
    times.Sort();
    Console.WriteLine($"build (real report → snapshot): median {times[times.Count / 2]:F1} ms, max {times[^1]:F1} ms over {runs} runs");
}

// The whole ingest over `count` varied reports on disk: time and peak memory of this process.
void Ingest()
{
    var folder = Directory.CreateTempSubdirectory("bench-reports-").FullName;
    foreach (var (name, bytes) in ReportVariants.Make(real, count)) File.WriteAllBytes(Path.Combine(folder, name), bytes);
    var target = Path.Combine(folder, "snapshot.db");
    var watch = Stopwatch.StartNew();
    var result = SnapshotBuilder.Build(folder, target, TextWriter.Null);
    watch.Stop();
    var peak = Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024.0);
    Console.WriteLine($"ingest: {count} reports → snapshot in {watch.Elapsed.TotalSeconds:F2} s = {count / watch.Elapsed.TotalSeconds:F0} reports/s; " +
                      $"failed {result.FailedCount}; peak working set {peak:F0} MB");
    Directory.Delete(folder, true);
}

// SQLite's own share of bench/http's typical page: its five statements alone, on the demo snapshot.
void Statements()
{
    var demo = Path.Combine(root, "data", "demo.db");
    if (!File.Exists(demo))
        throw new FileNotFoundException("Build the demo snapshot first: dotnet run -c Release --project src/FinalAccounts.Cli -- demo --units 2000 --years 10 --seed 42 --out data/demo.db", demo);
    TypicalPageStatements.Run(demo, count);
}

static string FindRoot()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        if (File.Exists(Path.Combine(dir.FullName, "Api.sln"))) return dir.FullName;
    for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        if (File.Exists(Path.Combine(dir.FullName, "Api.sln"))) return dir.FullName;
    throw new DirectoryNotFoundException("Run from inside the repository.");
}
