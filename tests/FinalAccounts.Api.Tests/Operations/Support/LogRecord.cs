using Microsoft.Extensions.Logging;

namespace FinalAccounts.Api.Tests.Operations.Support;

/// <summary>One log entry: its category, level, event, text and structured properties.</summary>
public sealed record LogRecord(string Category, LogLevel Level, EventId EventId, string Message, IReadOnlyDictionary<string, object?> Properties, Exception? Exception);
