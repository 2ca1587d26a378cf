namespace FinalAccounts.Api.Tests.Limits.Support;

/// <summary>Text that gives away the server's inside: stack frames, exception types, SQL, file paths. No response may contain any.</summary>
public static class LeakCheck
{
    private static readonly string[] Markers =
    [
        "Exception", "   at ", ".cs:line", "StackTrace", "System.", "Microsoft.", "GraphQL.", "FinalAccounts.",
        "SQLite", "Sqlite", "SELECT ", "FROM \"", "WHERE \"", "/work/", "/srv/", "/tmp/", "/home/", "/usr/", ".db'", ".db\"", "snapshot.db",
    ];

    /// <summary>The first marker found in <paramref name="body"/>, or null.</summary>
    public static string? Find(string body) => Markers.FirstOrDefault(marker => body.Contains(marker, StringComparison.Ordinal));
}
