using FinalAccounts.Synthetic.Demo;
using FinalAccounts.Synthetic.Generation;
using Microsoft.Data.Sqlite;

namespace FinalAccounts.Api.Tests.Analytics;

/// <summary>
/// The multi-year snapshots analytics are tested on, built once per run by the real demo generator and
/// writer: the demo itself, and a copy in which one unit lost the reports of two consecutive years in the
/// middle (the later one stays derivable from the year after it, the earlier one becomes a gap).
/// </summary>
public static class DemoSnapshots
{
    public static readonly DemoOptions Options = new(Units: 40, Years: 6, Seed: 11);

    private static readonly Lazy<(string Demo, string Gaps, GapUnit Gap)> Shared = new(Create);

    public static string Demo => Shared.Value.Demo;

    public static string Gaps => Shared.Value.Gaps;

    /// <summary>The unit whose reports were removed from the gaps snapshot, and the removed years.</summary>
    public static GapUnit Gap => Shared.Value.Gap;

    private static (string, string, GapUnit) Create()
    {
        var folder = Directory.CreateTempSubdirectory("finalaccounts-analytics-").FullName;
        var demo = Path.Combine(folder, "demo.db");
        DemoSnapshot.Build(demo, Options);
        var gaps = Path.Combine(folder, "gaps.db");
        File.Copy(demo, gaps);
        var gap = RemoveTwoYears(gaps);
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            SqliteConnection.ClearAllPools();
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        };
        return (demo, gaps, gap);
    }

    /// <summary>Deletes every fact of the first unit that reports all years, for the second and third year.</summary>
    private static GapUnit RemoveTwoYears(string path)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        using var find = connection.CreateCommand();
        find.CommandText = "SELECT unit_id FROM final_account GROUP BY unit_id HAVING COUNT(*) = $years ORDER BY unit_id LIMIT 1";
        find.Parameters.AddWithValue("$years", Options.Years);
        var unitId = (string)find.ExecuteScalar()!;
        var gap = new GapUnit(unitId, Options.FirstYear + 1, Options.FirstYear + 2);
        foreach (var table in new[] { "figure", "expenditure", "procurement", "final_account" })
        {
            using var delete = connection.CreateCommand();
            delete.CommandText = $"DELETE FROM {table} WHERE unit_id = $unit AND year IN ($a, $b)";
            delete.Parameters.AddWithValue("$unit", unitId);
            delete.Parameters.AddWithValue("$a", gap.GapYear);
            delete.Parameters.AddWithValue("$b", gap.DerivedYear);
            delete.ExecuteNonQuery();
        }
        return gap;
    }
}

/// <summary>A unit without reports for <see cref="GapYear"/> and <see cref="DerivedYear"/>; the latter is derivable from the year after it.</summary>
public sealed record GapUnit(string UnitId, int GapYear, int DerivedYear);
