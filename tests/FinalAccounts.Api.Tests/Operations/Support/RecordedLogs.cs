using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace FinalAccounts.Api.Tests.Operations.Support;

/// <summary>Keeps every log entry of a test server, with its structured properties.</summary>
public sealed class RecordedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<LogRecord> _entries = new();

    public IReadOnlyList<LogRecord> Entries => [.. _entries];

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _entries);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<LogRecord> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var properties = state is IEnumerable<KeyValuePair<string, object?>> pairs
                ? pairs.ToDictionary(p => p.Key, p => p.Value)
                : [];
            entries.Enqueue(new LogRecord(category, logLevel, eventId, formatter(state, exception), properties, exception));
        }
    }
}
