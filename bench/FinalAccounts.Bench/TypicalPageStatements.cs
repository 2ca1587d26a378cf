using System.Diagnostics;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace FinalAccounts.Bench;

/// <summary>
/// The five statements the API sends for bench/http's typical page (count, page, units, expenditures, categories),
/// with the SQL text it writes, timed one by one on the demo snapshot: SQLite's own share of a request. Each is timed
/// on one command run again and again (Microsoft.Data.Sqlite then keeps it prepared: execution only) and on a new
/// command each time (prepared anew, as the API does).
/// </summary>
public static class TypicalPageStatements
{
    private const int Year = 2021;
    private const long MoreThan = 100 * 1_000_000L; // expenditureTotal > 100 万元, stored in millionths

    public static void Run(string snapshot, int runs)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = $"{new Uri(Path.GetFullPath(snapshot)).AbsoluteUri}?immutable=1",
            Mode = SqliteOpenMode.ReadOnly,
        }.ToString());
        connection.Open();

        var page = Rows(connection, PageSql, Year, MoreThan, 11);
        var accounts = Json(page.Take(10).Select(r => r[1]));
        var units = Json(page.Take(10).Select(r => r[3]).Distinct());
        var expenditures = Rows(connection, ExpendituresSql, accounts);
        var categories = Json(expenditures.Select(r => r[4]).Distinct());

        // A first pass unreported: the timing code itself is compiled to its final tier before anything counts.
        foreach (var report in new[] { false, true })
        {
            if (report) Console.WriteLine($"typical page's statements on {Path.GetFileName(snapshot)}, median of {runs} runs each (µs): prepared once | prepared each time");
            Statements(connection, report ? runs : 500, report, units, accounts, categories, expenditures.Count);
        }
    }

    private static void Statements(SqliteConnection connection, int runs, bool report, string units, string accounts, string categories, int expenditures)
    {
        Time("count", CountSql, [Year, MoreThan]);
        Time("page", PageSql, [Year, MoreThan, 11]);
        Time("units", UnitsSql, [units]);
        Time($"expenditures ({expenditures} rows)", ExpendituresSql, [accounts]);
        Time("categories", CategoriesSql, [categories]);

        void Time(string name, string sql, object[] values) => TimeOne(connection, name, sql, runs, report, values);
    }

    // As the API writes them (its statement log, Microsoft.EntityFrameworkCore.Database.Command at Information).
    private const string Where = """WHERE ((r."year" = @p0) AND (r."expenditure_total" IS NOT NULL AND r."expenditure_total" > @p1))""";
    private const string CountSql = """SELECT COUNT(*) FROM "final_account" AS r """ + Where;
    private const string PageSql = """SELECT r."expenditure_total", r."id", r."year", r."unit_id" FROM "final_account" AS r """ + Where
        + """ ORDER BY r."expenditure_total" DESC, r."id" LIMIT @p2""";
    private const string UnitsSql = """SELECT r."id", r."name" FROM "unit" AS r WHERE (r."id" IN (SELECT value FROM json_each(@p0)))""";
    private const string ExpendituresSql =
        """SELECT r."amount", r."id", r."account_id", r."share_percent", r."category_id" FROM "expenditure" AS r WHERE (r."account_id" IN (SELECT value FROM json_each(@p0))) ORDER BY r."amount" DESC, r."id" """;
    private const string CategoriesSql = """SELECT r."id", r."code", r."name_zh" FROM "expense_category" AS r WHERE (r."id" IN (SELECT value FROM json_each(@p0)))""";

    private static void TimeOne(SqliteConnection connection, string name, string sql, int runs, bool report, object[] values)
    {
        using var reused = Command(connection, sql, values);
        var prepared = Median(runs, () => Drain(reused));
        var fresh = Median(runs, () =>
        {
            using var command = Command(connection, sql, values);
            Drain(command);
        });
        if (report) Console.WriteLine($"  {name,-22} {prepared,7:F1} | {fresh,7:F1}");
    }

    private static double Median(int runs, Action run)
    {
        for (var i = 0; i < Math.Min(runs, 200); i++) run(); // warm the page cache and the JIT
        var times = new double[runs];
        for (var i = 0; i < runs; i++)
        {
            var start = Stopwatch.GetTimestamp();
            run();
            times[i] = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
        }
        Array.Sort(times);
        return times[runs / 2];
    }

    private static SqliteCommand Command(SqliteConnection connection, string sql, object[] values)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        for (var i = 0; i < values.Length; i++) command.Parameters.AddWithValue("@p" + i, values[i]);
        return command;
    }

    private static void Drain(SqliteCommand command)
    {
        using var reader = command.ExecuteReader();
        while (reader.Read())
            for (var i = 0; i < reader.FieldCount; i++) reader.GetValue(i);
    }

    private static List<object[]> Rows(SqliteConnection connection, string sql, params object[] values)
    {
        using var command = Command(connection, sql, values);
        using var reader = command.ExecuteReader();
        var rows = new List<object[]>();
        while (reader.Read())
        {
            var row = new object[reader.FieldCount];
            reader.GetValues(row);
            rows.Add(row);
        }
        return rows;
    }

    private static string Json(IEnumerable<object> values) => JsonSerializer.Serialize(values.Select(v => (string)v));
}
