using FinalAccounts.Data.Entities;
using FinalAccounts.Data.Storage;
using FinalAccounts.Ingest.Model;
using FinalAccounts.Ingest.Snapshot;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace FinalAccounts.Ingest.Tests.Snapshot;

public sealed class SnapshotWriterTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("fa-writer-").FullName;
    private static readonly SnapshotManifest Manifest = new(SnapshotManifest.Real, new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero));

    private string PathOf(string name) => Path.Combine(_folder, name);

    private static CheckedReport Checked(Report r, params Finding[] findings) => new(r, findings);

    [Fact]
    public void Amounts_are_stored_as_exact_integers_and_read_back_exactly()
    {
        var path = PathOf("s.db");
        SnapshotWriter.Write(path, [Checked(SampleReports.Make())], Manifest);

        using var db = SnapshotFile.OpenReadOnly(path);
        var account = db.FinalAccounts.Single();
        account.IncomeTotal.ShouldBe(1234.56m);
        var budget = db.Figures.Single(f => f.Metric == Metric.GeneralBudgetExpenditure);
        budget.BudgetChangeAmount.ShouldBe(28861.938591m);
        budget.InitialBudgetAmount.ShouldBe(1000m - 28861.938591m);

        using var raw = new SqliteConnection(SnapshotFile.ReadOnlyConnectionString(path));
        raw.Open();
        using var cmd = raw.CreateCommand();
        cmd.CommandText = "SELECT typeof(income_total), income_total FROM final_account";
        using var reader = cmd.ExecuteReader();
        reader.Read();
        reader.GetString(0).ShouldBe("integer");
        reader.GetInt64(1).ShouldBe(1_234_560_000L);
    }

    [Fact]
    public void Derived_previous_year_values_are_kept_apart_from_reported_ones()
    {
        var path = PathOf("s.db");
        SnapshotWriter.Write(path, [Checked(SampleReports.Make())], Manifest);
        using var db = SnapshotFile.OpenReadOnly(path);
        var total = db.Figures.Single(f => f.Metric == Metric.IncomeTotal);
        total.Amount.ShouldBe(1234.56m);
        total.ChangeAmount.ShouldBe(-100.01m);
        total.PreviousYearAmount.ShouldBe(1334.57m);
        total.Provenance.ShouldBe(Provenance.Reported);
        db.FinalAccounts.Count(a => a.Year == 2021).ShouldBe(0, "a report is never evidence for a year it only mentions through a change");
    }

    [Fact]
    public void Unknown_categories_are_kept_and_the_whole_codebook_is_present()
    {
        var path = PathOf("s.db");
        SnapshotWriter.Write(path, [Checked(SampleReports.Make())], Manifest);
        using var db = SnapshotFile.OpenReadOnly(path);
        var unknown = db.ExpenseCategories.Single(c => !c.InCodebook);
        unknown.NameZh.ShouldBe("某种未知支出");
        unknown.Code.ShouldBeNull();
        db.Expenditures.Count(e => e.CategoryId == unknown.Id).ShouldBe(1);
        db.ExpenseCategories.Count(c => c.InCodebook).ShouldBe(28);
        db.Expenditures.Single(e => e.CategoryId == "201").Amount.ShouldBe(900m);
    }

    [Fact]
    public void The_same_reports_give_the_same_contents_and_ids()
    {
        var reports = new[] { SampleReports.Make(), SampleReports.Make(year: 2023, file: "b.txt") };
        SnapshotWriter.Write(PathOf("a.db"), reports.Select(r => Checked(r)), Manifest);
        SnapshotWriter.Write(PathOf("b.db"), reports.Reverse().Select(r => Checked(r)), Manifest with { BuiltAt = DateTimeOffset.UnixEpoch });
        Dump(PathOf("a.db")).ShouldBe(Dump(PathOf("b.db")));
    }

    [Fact]
    public void A_failure_while_writing_leaves_the_existing_snapshot_byte_identical_and_no_temporary_file()
    {
        var path = PathOf("s.db");
        SnapshotWriter.Write(path, [Checked(SampleReports.Make())], Manifest);
        var before = File.ReadAllBytes(path);

        IEnumerable<CheckedReport> Failing()
        {
            yield return Checked(SampleReports.Make(year: 2030));
            throw new IOException("disk went away");
        }
        Should.Throw<IOException>(() => SnapshotWriter.Write(path, Failing(), Manifest));

        File.ReadAllBytes(path).ShouldBe(before);
        Directory.GetFiles(_folder).ShouldBe([path]);
    }

    [Fact]
    public void A_duplicate_unit_year_names_both_files_and_writes_nothing()
    {
        var path = PathOf("s.db");
        var error = Should.Throw<DuplicateUnitYearException>(() => SnapshotWriter.Write(path,
            [Checked(SampleReports.Make(file: "one.txt")), Checked(SampleReports.Make(file: "two.txt", sha: new string('b', 64)))], Manifest));
        error.Message.ShouldContain("one.txt");
        error.Message.ShouldContain("two.txt");
        File.Exists(path).ShouldBeFalse();
    }

    [Fact]
    public void Findings_and_parse_warnings_are_stored_with_document_and_line()
    {
        var report = SampleReports.Make();
        report.Warnings.Add(new ParseWarning(42, "figure is not a number: '12a.5万元'"));
        report.MissingSections.Add("三公经费");
        var path = PathOf("s.db");
        SnapshotWriter.Write(path, [Checked(report, new Finding("STATED_PERCENT", Severity.Error, "IncomeTotal", "m", 7.0m, 7.5m, 67))], Manifest);
        using var db = SnapshotFile.OpenReadOnly(path);
        var findings = db.DataQualityFindings.OrderBy(f => f.Rule).ToList();
        findings.Select(f => f.Rule).ShouldBe(["MISSING_SECTION", "PARSE_WARNING", "STATED_PERCENT"]);
        findings.Single(f => f.Rule == "STATED_PERCENT").Line.ShouldBe(67);
        findings.Single(f => f.Rule == "STATED_PERCENT").Expected.ShouldBe(7.00m);
        findings.ShouldAllBe(f => f.DocumentId == db.SourceDocuments.Single().Id);
    }

    [Fact]
    public void Temporary_files_left_by_a_killed_build_are_removed_by_the_next_one_unless_recent()
    {
        var path = PathOf("s.db");
        var stale = PathOf(".s.db.0123456789abcdef.tmp");
        var staleWal = stale + "-wal";
        var recent = PathOf(".s.db.fedcba9876543210.tmp");
        foreach (var f in new[] { stale, staleWal, recent }) File.WriteAllText(f, "partial");
        File.SetLastWriteTimeUtc(stale, DateTime.UtcNow.AddHours(-2));
        File.SetLastWriteTimeUtc(staleWal, DateTime.UtcNow.AddHours(-2));

        SnapshotWriter.Write(path, [Checked(SampleReports.Make())], Manifest);

        File.Exists(stale).ShouldBeFalse();
        File.Exists(staleWal).ShouldBeFalse();
        File.Exists(recent).ShouldBeTrue("a build running at the same time keeps its file");
    }

    /// <summary>Every row of every table, in key order, except the build time.</summary>
    internal static string Dump(string path)
    {
        using var connection = new SqliteConnection(SnapshotFile.ReadOnlyConnectionString(path));
        connection.Open();
        var tables = new List<string>();
        using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name";
            using var r = list.ExecuteReader();
            while (r.Read()) tables.Add(r.GetString(0));
        }
        var text = new System.Text.StringBuilder();
        foreach (var table in tables)
        {
            using var select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM \"{table}\" ORDER BY 1";
            using var r = select.ExecuteReader();
            text.AppendLine(table);
            while (r.Read())
                for (var i = 0; i < r.FieldCount; i++)
                    if (!(table == "snapshot" && r.GetName(i) == "built_at"))
                        text.Append(r.GetName(i)).Append('=').Append(r.IsDBNull(i) ? "null" : r.GetValue(i)).Append(i + 1 < r.FieldCount ? "|" : "\n");
        }
        return text.ToString();
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
