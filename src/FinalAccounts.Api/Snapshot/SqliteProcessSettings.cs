using SQLitePCL;

namespace FinalAccounts.Api.Snapshot;

/// <summary>
/// SQLite's process-wide settings for serving, applied before the first connection opens: its memory statistics
/// take a global mutex on every allocation, which every request thread then contends for, and nothing here reads
/// them. SQLite stays in serialized mode: a connection can be closed (its request aborted or timed out) while its
/// interrupted statement is still unwinding on another thread, which only the connection's own mutex makes safe.
/// Once SQLite is initialised (a test host, another library first) nothing changes.
/// </summary>
public static class SqliteProcessSettings
{
    private const int ConfigMemStatus = 9; // SQLITE_CONFIG_MEMSTATUS
    private const int Ok = 0;

    /// <summary>Whether the setting took effect in this process.</summary>
    public static bool Applied { get; private set; }

    public static void Apply()
    {
        Batteries_V2.Init();
        // sqlite3_config refuses (SQLITE_MISUSE) once SQLite is initialised; then the defaults stay, which are safe.
        Applied = raw.sqlite3_config(ConfigMemStatus, 0) == Ok;
    }
}
