using SQLitePCL;

namespace FinalAccounts.Api.Snapshot;

/// <summary>
/// SQLite's process-wide settings for serving, applied before the first connection opens. Each connection is
/// used by one request at a time (the pool hands it out whole), so SQLite's per-connection mutexes only cost
/// (multi-thread mode); and its memory statistics take a global mutex on every allocation, which every request
/// thread then contends for. Once SQLite is initialised (a test host, another library first) nothing changes.
/// </summary>
public static class SqliteProcessSettings
{
    private const int ConfigMultiThread = 2; // SQLITE_CONFIG_MULTITHREAD
    private const int ConfigMemStatus = 9;   // SQLITE_CONFIG_MEMSTATUS
    private const int Ok = 0;

    /// <summary>Whether the settings took effect in this process.</summary>
    public static bool Applied { get; private set; }

    public static void Apply()
    {
        Batteries_V2.Init();
        // sqlite3_config refuses (SQLITE_MISUSE) once SQLite is initialised; then the defaults stay, which are safe.
        Applied = raw.sqlite3_config(ConfigMultiThread) == Ok & raw.sqlite3_config(ConfigMemStatus, 0) == Ok;
    }
}
