using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace FinalAccounts.Api.Tests.Operations.Support;

/// <summary>
/// Holds the server's queries at a gate while it is closed, so a test can keep requests in flight as long
/// as it needs. Registered as an <see cref="IInterceptor"/>; open until <see cref="Close"/>.
/// </summary>
public sealed class SqlGate : DbCommandInterceptor
{
    private TaskCompletionSource _open = Opened();
    private int _waiting;
    private readonly SemaphoreSlim _arrivals = new(0);

    /// <summary>Queries waiting at the gate now.</summary>
    public int Waiting => Volatile.Read(ref _waiting);

    public void Close() => Interlocked.Exchange(ref _open, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));

    public void Open() => Volatile.Read(ref _open).TrySetResult();

    /// <summary>Waits until <paramref name="count"/> more queries have arrived at the gate.</summary>
    public async Task ArrivalsAsync(int count, TimeSpan timeout)
    {
        for (var i = 0; i < count; i++)
            if (!await _arrivals.WaitAsync(timeout))
                throw new TimeoutException($"Only {i} of {count} queries reached the gate within {timeout}.");
    }

    public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        var gate = Volatile.Read(ref _open).Task;
        if (!gate.IsCompleted)
        {
            Interlocked.Increment(ref _waiting);
            _arrivals.Release();
            try { await gate.WaitAsync(cancellationToken); }
            finally { Interlocked.Decrement(ref _waiting); }
        }

        return result;
    }

    private static TaskCompletionSource Opened()
    {
        var open = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        open.SetResult();
        return open;
    }
}
