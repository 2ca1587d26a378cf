using System.Text;
using FinalAccounts.Data.Entities;
using FinalAccounts.Ingest.Snapshot;
using FinalAccounts.Synthetic.Demo;
using FinalAccounts.Synthetic.Generation;
using Microsoft.Data.Sqlite;

namespace FinalAccounts.Synthetic.Tests;

/// <summary>Demo snapshots go through the real writer: same schema and ids, labelled DEMO and synthetic, deterministic.</summary>
public sealed class DemoSnapshotTests : IDisposable
{
    private static readonly DemoOptions Options = new(Units: 60, Years: 4, Seed: 42);
    private readonly string folder = Directory.CreateTempSubdirectory("demo-snapshot-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public void The_same_options_give_the_same_snapshot_contents()
    {
        var first = DemoSnapshot.Build(Path.Combine(folder, "a.db"), Options);
        var second = DemoSnapshot.Build(Path.Combine(folder, "b.db"), Options);

        second.Id.ShouldBe(first.Id);
        Contents(Path.Combine(folder, "b.db")).ShouldBe(Contents(Path.Combine(folder, "a.db")));
    }

    [Fact]
    public void A_demo_snapshot_is_labelled_demo_and_every_row_synthetic()
    {
        var path = Path.Combine(folder, "demo.db");
        var info = DemoSnapshot.Build(path, Options);

        info.Kind.ShouldBe(SnapshotManifest.Demo);
        info.Generator.ShouldNotBeNull().ShouldContain("--seed 42");
        using var connection = Open(path);
        foreach (var table in new[] { "source_document", "unit", "unit_duty", "division", "final_account", "figure", "expenditure", "procurement", "performance_project", "performance_indicator", "data_quality_finding" })
            Scalar(connection, $"SELECT COUNT(*) FROM {table} WHERE provenance <> '{Provenance.Synthetic}'").ShouldBe(0L, table);
        Scalar(connection, "SELECT COUNT(*) FROM unit WHERE name NOT LIKE '【示例】示例市%'").ShouldBe(0L);
        Scalar(connection, "SELECT COUNT(*) FROM final_account").ShouldBe((long)new DemoGenerator(Options).CountReports());
    }

    [Fact]
    public void The_snapshot_holds_exactly_the_injected_defects_as_findings()
    {
        var path = Path.Combine(folder, "demo.db");
        DemoSnapshot.Build(path, Options with { DefectRate = 0.2 });
        var injected = new DemoGenerator(Options with { DefectRate = 0.2 }).Generate()
            .SelectMany(r => r.Defects.Select(d => $"{r.Report.Year} {d.Rule} {d.Subject}")).Order().ToList();

        using var connection = Open(path);
        var stored = Rows(connection, "SELECT year, rule, subject FROM data_quality_finding").Order().ToList();

        injected.Count.ShouldBeGreaterThan(20);
        stored.ShouldBe(injected);
    }

    [Fact]
    public void A_failed_build_leaves_the_previous_snapshot_in_place()
    {
        var path = Path.Combine(folder, "demo.db");
        var first = DemoSnapshot.Build(path, Options);
        var before = File.ReadAllBytes(path);

        // Two demos with different sizes but the same unit names: the writer refuses the duplicate unit-years.
        Should.Throw<DuplicateUnitYearException>(() => SnapshotWriter.Write(path,
            new DemoGenerator(Options).Generate().Concat(new DemoGenerator(Options).Generate())
                .Select(r => new CheckedReport(r.Report, [])), DemoSnapshot.Manifest(Options)));

        File.ReadAllBytes(path).ShouldBe(before);
        first.AccountCount.ShouldBeGreaterThan(0);
    }

    private static SqliteConnection Open(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    private static long Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }

    private static IEnumerable<string> Rows(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        while (reader.Read())
            yield return string.Join(" ", Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "null" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)));
    }

    /// <summary>Every row of every table, as text, sorted: equal exactly when the two snapshots hold the same data.</summary>
    private static string Contents(string path)
    {
        using var connection = Open(path);
        var tables = Rows(connection, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").ToList();
        var text = new StringBuilder();
        foreach (var table in tables)
        {
            text.AppendLine(table);
            foreach (var row in Rows(connection, $"SELECT * FROM \"{table}\"").Order(StringComparer.Ordinal)) text.AppendLine(row);
        }
        return text.ToString();
    }
}
