namespace FinalAccounts.Http.Tests.Chat;

/// <summary>Lets a test see inside the resolvers that wait or fail: when the wait began and whether cancellation reached it.</summary>
public sealed class ResolverProbe
{
    /// <summary>What the failing resolver throws: text that must never reach a client.</summary>
    public const string SecretFailure = "SQLite Error 1: 'no such table: secret' in SELECT * FROM secret at /srv/final-accounts/snapshot.db";

    public TaskCompletionSource WaitStarted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public TaskCompletionSource WaitCancelled { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Ends every wait when the test server stops, so a cancellation that never arrives fails a test instead of hanging it.</summary>
    public CancellationTokenSource Release { get; } = new();
}
