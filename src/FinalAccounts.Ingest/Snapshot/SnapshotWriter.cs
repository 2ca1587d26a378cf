using FinalAccounts.Data.Codebooks;
using FinalAccounts.Data.Entities;
using FinalAccounts.Data.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace FinalAccounts.Ingest.Snapshot;

/// <summary>
/// Writes a whole snapshot into a new file beside the target and renames it into place, so a crash
/// or failure never leaves a half-written or missing snapshot: the previous one stays until the
/// rename, which the file system does atomically.
/// </summary>
public static class SnapshotWriter
{
    /// <summary>
    /// Writes <paramref name="reports"/> (streamed: each is mapped and inserted as it comes) to <paramref name="path"/>.
    /// Every report must have a unit name and a year; a second report for the same unit and year is an error.
    /// Units take the profile of their latest report. The whole codebook of functional categories is always included.
    /// </summary>
    public static SnapshotInfo Write(string path, IEnumerable<CheckedReport> reports, SnapshotManifest manifest, IProgress<int>? progress = null)
    {
        var target = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        RemoveStaleTemporaryFiles(target);
        var temp = Path.Combine(Path.GetDirectoryName(target)!, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
        try
        {
            var info = WriteNew(temp, reports, manifest, progress);
            File.Move(temp, target, overwrite: true);
            return info;
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }

    /// <summary>
    /// A build killed outright (SIGKILL, power loss) cannot delete its temporary file; the next build removes those
    /// older than an hour, leaving any build running at the same time alone. They are never served.
    /// </summary>
    private static void RemoveStaleTemporaryFiles(string target)
    {
        var folder = Path.GetDirectoryName(target)!;
        var cutoff = DateTime.UtcNow.AddHours(-1);
        foreach (var file in Directory.EnumerateFiles(folder, $".{Path.GetFileName(target)}.*.tmp*"))
        {
            try
            {
                if (File.GetLastWriteTimeUtc(file) < cutoff) File.Delete(file);
            }
            catch (IOException) { }
            catch (UnauthorizedAccessException) { }
        }
    }

    private static SnapshotInfo WriteNew(string file, IEnumerable<CheckedReport> reports, SnapshotManifest manifest, IProgress<int>? progress)
    {
        IModel model;
        using (var context = SnapshotFile.OpenForBuild(file))
        {
            context.Database.EnsureCreated();
            model = context.Model;
        }

        using var connection = new SqliteConnection(SnapshotFile.WritableConnectionString(file));
        connection.Open();
        Execute(connection, "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;");
        using var transaction = connection.BeginTransaction();
        // Units, categories and years are written last (a unit takes its latest profile), so foreign
        // keys are checked once, at commit: a snapshot with a dangling reference is never renamed into place.
        using (var defer = connection.CreateCommand())
        {
            defer.Transaction = transaction;
            defer.CommandText = "PRAGMA defer_foreign_keys = ON;";
            defer.ExecuteNonQuery();
        }
        var sink = new Sink(connection, transaction, model);

        var units = new Dictionary<string, (int Year, Unit Unit)>();
        var accounts = new Dictionary<string, string>(); // account id → file name, to name both files of a duplicate
        var categories = FunctionalClassification.All.Select(ReportMapper.Codebook).ToDictionary(c => c.Id);
        var years = new SortedSet<int>();
        var documentHashes = new List<string>();
        int documentCount = 0, findingCount = 0;

        foreach (var checkedReport in reports)
        {
            var report = checkedReport.Report;
            if (string.IsNullOrWhiteSpace(report.Unit.Name) || report.Year is null)
                throw new InvalidOperationException($"{report.FileName}: a report needs a unit name and a year to be stored.");
            var unitId = StableIds.Unit(report.Unit.Name);
            var documentId = StableIds.Document(report.Sha256);
            var accountId = StableIds.Account(unitId, report.Year.Value);
            if (!accounts.TryAdd(accountId, report.FileName))
                throw new DuplicateUnitYearException(report.Unit.Name, report.Year.Value, accounts[accountId], report.FileName);

            sink.Documents.Insert(ReportMapper.Document(report, unitId));
            documentHashes.Add(report.Sha256);
            documentCount++;
            if (!units.TryGetValue(unitId, out var known) || known.Year < report.Year)
                units[unitId] = (report.Year.Value, ReportMapper.Unit(report, unitId, documentId));
            years.Add(report.Year.Value);

            var account = ReportMapper.Account(checkedReport, unitId, documentId, c =>
            {
                var category = ReportMapper.Category(c);
                categories.TryAdd(category.Id, category);
                return category;
            });
            sink.Add(account);
            foreach (var finding in ReportMapper.Findings(checkedReport, documentId, unitId, accountId))
            {
                sink.Findings.Insert(finding);
                findingCount++;
            }
            progress?.Report(documentCount);
        }

        foreach (var (_, unit) in units.Values.OrderBy(u => u.Unit.Id, StringComparer.Ordinal))
        {
            sink.Units.Insert(unit);
            foreach (var d in unit.Duties) sink.Duties.Insert(d);
            foreach (var d in unit.Divisions) sink.Divisions.Insert(d);
        }
        foreach (var c in categories.Values.OrderBy(c => c.Id, StringComparer.Ordinal)) sink.Categories.Insert(c);
        foreach (var y in years) sink.Years.Insert(new FiscalYear { Year = y });

        documentHashes.Sort(StringComparer.Ordinal);
        var info = new SnapshotInfo
        {
            Id = "s" + StableIds.Hash($"{SnapshotContext.SchemaVersion}|{manifest.Kind}|{manifest.Generator}|{string.Join(",", documentHashes)}", 16),
            BuiltAt = manifest.BuiltAt,
            Kind = manifest.Kind,
            SchemaVersion = SnapshotContext.SchemaVersion,
            DocumentCount = documentCount,
            UnitCount = units.Count,
            AccountCount = accounts.Count,
            FindingCount = findingCount,
            Generator = manifest.Generator,
        };
        SearchIndex.Build(connection, transaction);
        sink.Snapshots.Insert(info);
        sink.Dispose();
        transaction.Commit();
        Execute(connection, "ANALYZE;");
        connection.Close();
        SqliteConnection.ClearAllPools();
        return info;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>One prepared insert per table.</summary>
    private sealed class Sink(SqliteConnection c, SqliteTransaction t, IModel m) : IDisposable
    {
        public readonly RowInserter<SnapshotInfo> Snapshots = new(c, t, m);
        public readonly RowInserter<SourceDocument> Documents = new(c, t, m);
        public readonly RowInserter<Unit> Units = new(c, t, m);
        public readonly RowInserter<UnitDuty> Duties = new(c, t, m);
        public readonly RowInserter<Division> Divisions = new(c, t, m);
        public readonly RowInserter<FiscalYear> Years = new(c, t, m);
        public readonly RowInserter<FinalAccount> Accounts = new(c, t, m);
        public readonly RowInserter<Figure> Figures = new(c, t, m);
        public readonly RowInserter<ExpenseCategory> Categories = new(c, t, m);
        public readonly RowInserter<Expenditure> Expenditures = new(c, t, m);
        public readonly RowInserter<Procurement> Procurements = new(c, t, m);
        public readonly RowInserter<PerformanceProject> Projects = new(c, t, m);
        public readonly RowInserter<PerformanceIndicator> Indicators = new(c, t, m);
        public readonly RowInserter<DataQualityFinding> Findings = new(c, t, m);

        public void Add(FinalAccount account)
        {
            Accounts.Insert(account);
            foreach (var f in account.Figures) Figures.Insert(f);
            foreach (var e in account.Expenditures) Expenditures.Insert(e);
            if (account.Procurement is { } p) Procurements.Insert(p);
            foreach (var project in account.PerformanceProjects)
            {
                Projects.Insert(project);
                foreach (var i in project.Indicators) Indicators.Insert(i);
            }
        }

        public void Dispose()
        {
            foreach (var d in new IDisposable[] { Snapshots, Documents, Units, Duties, Divisions, Years, Accounts, Figures, Categories, Expenditures, Procurements, Projects, Indicators, Findings })
                d.Dispose();
        }
    }
}
