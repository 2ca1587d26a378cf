using FinalAccounts.Data.Entities;
using FinalAccounts.Data.Storage;
using FinalAccounts.Ingest.Checks;
using FinalAccounts.Ingest.Model;
using FinalAccounts.Ingest.Parsing;
using Microsoft.Data.Sqlite;

namespace FinalAccounts.Ingest.Snapshot;

/// <summary>Reports folder → snapshot file: parse each document, check it, write them all atomically.</summary>
public static class SnapshotBuilder
{
    public static readonly string[] ReportExtensions = [".txt", ".htm", ".html"];

    public static IReadOnlyList<string> ReportFiles(string reportsFolder) =>
        Directory.Exists(reportsFolder)
            ? Directory.EnumerateFiles(reportsFolder)
                .Where(f => ReportExtensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
                .Order(StringComparer.Ordinal)
                .ToList()
            : [];

    /// <summary>
    /// Parses and checks every report, printing one line per document. When any document fails the
    /// existing snapshot is left untouched unless <paramref name="writePartial"/> is set, in which case
    /// the snapshot is written from the documents that succeeded. Nothing here throws for bad input.
    /// </summary>
    public static BuildResult Build(string reportsFolder, string snapshotPath, TextWriter log,
        bool writePartial = false, TimeProvider? clock = null, IProgress<int>? progress = null)
    {
        var outcomes = new List<DocumentOutcome>();
        var good = new List<CheckedReport>();
        var seen = new Dictionary<(string Unit, int Year), string>();
        var files = ReportFiles(reportsFolder);
        if (files.Count == 0)
        {
            var none = new DocumentOutcome(reportsFolder, false, "no reports found (expected *.txt, *.htm or *.html files)");
            log.WriteLine(none);
            return new BuildResult([none], null, false);
        }

        var done = 0;
        foreach (var file in files)
        {
            var outcome = Ingest(file, seen, good);
            outcomes.Add(outcome);
            log.WriteLine(outcome);
            progress?.Report(++done);
        }

        var failed = outcomes.Count(o => !o.Succeeded);
        if (failed > 0 && !writePartial)
        {
            log.WriteLine($"{failed} of {files.Count} documents failed; the snapshot was not written{(File.Exists(snapshotPath) ? " and the existing one is unchanged" : "")}.");
            return new BuildResult(outcomes, null, false);
        }
        try
        {
            var manifest = new SnapshotManifest(SnapshotManifest.Real, (clock ?? TimeProvider.System).GetUtcNow());
            var info = SnapshotWriter.Write(snapshotPath, good, manifest);
            log.WriteLine($"snapshot {info.Id}: {info.DocumentCount} documents, {info.UnitCount} units, {info.AccountCount} final accounts, {info.FindingCount} findings → {snapshotPath}");
            return new BuildResult(outcomes, info, true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or SqliteException or InvalidOperationException)
        {
            log.WriteLine($"FAIL writing {snapshotPath}: {e.Message}; the existing snapshot is unchanged.");
            return new BuildResult(outcomes, null, false);
        }
    }

    private static DocumentOutcome Ingest(string file, Dictionary<(string, int), string> seen, List<CheckedReport> good)
    {
        var name = Path.GetFileName(file);
        try
        {
            var report = ReportParser.Parse(name, File.ReadAllBytes(file));
            if (string.IsNullOrWhiteSpace(report.Unit.Name) || report.Year is null)
                return new DocumentOutcome(name, false,
                    $"{name}:1: expected a title naming the unit and the year (…{{year}}年度…决算…), found none");
            var key = (report.Unit.Name, report.Year.Value);
            if (seen.TryGetValue(key, out var other))
                return new DocumentOutcome(name, false, $"duplicate unit-year: {report.Unit.Name} {report.Year} is reported by both {other} and {name}");
            seen[key] = name;
            var findings = IdentityChecks.Check(report);
            good.Add(new CheckedReport(report, findings));
            return new DocumentOutcome(name, true, Summary(report, findings));
        }
        catch (ReportFormatException e)
        {
            return new DocumentOutcome(name, false, e.Message);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new DocumentOutcome(name, false, $"cannot read the file: {e.Message}");
        }
    }

    private static string Summary(Report report, IReadOnlyList<Finding> findings)
    {
        var figures = report.Figures.Count + report.Categories.Count + report.Projects.Sum(p => p.Indicators.Count);
        var errors = findings.Count(f => f.Severity == Severity.Error);
        var hints = findings.Count(f => f.Severity == Severity.RoundingHint);
        var missing = report.MissingSections.Count > 0 ? $", missing sections: {string.Join("、", report.MissingSections)}" : "";
        var warnings = report.Warnings.Count > 0 ? $", {report.Warnings.Count} warnings" : "";
        return $"{report.Unit.Name} {report.Year}: {figures} figures, {findings.Count} findings ({errors} errors, {hints} rounding hints){warnings}{missing}";
    }

    /// <summary>
    /// True when the snapshot is missing, of another schema version, older than a report, or built from another set of files.
    /// </summary>
    public static bool IsStale(string snapshotPath, string reportsFolder)
    {
        if (!File.Exists(snapshotPath)) return true;
        var files = ReportFiles(reportsFolder);
        var built = File.GetLastWriteTimeUtc(snapshotPath);
        if (files.Any(f => File.GetLastWriteTimeUtc(f) > built)) return true;
        try
        {
            using var connection = new SqliteConnection(SnapshotFile.ReadOnlyConnectionString(snapshotPath));
            connection.Open();
            using var version = connection.CreateCommand();
            version.CommandText = "SELECT schema_version, kind FROM snapshot LIMIT 1";
            using (var reader = version.ExecuteReader())
            {
                if (!reader.Read() || reader.GetInt32(0) != SnapshotContext.SchemaVersion) return true;
                if (reader.GetString(1) != SnapshotManifest.Real) return false; // a demo snapshot is not built from the reports folder
            }
            using var names = connection.CreateCommand();
            names.CommandText = "SELECT file_name FROM source_document";
            var stored = new HashSet<string>(StringComparer.Ordinal);
            using (var reader = names.ExecuteReader())
                while (reader.Read()) stored.Add(reader.GetString(0));
            return !stored.SetEquals(files.Select(Path.GetFileName)!);
        }
        catch (SqliteException)
        {
            return true;
        }
    }
}
