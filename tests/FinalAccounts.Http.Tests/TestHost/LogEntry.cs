using Microsoft.Extensions.Logging;

namespace FinalAccounts.Http.Tests.TestHost;

public sealed record LogEntry(string Category, LogLevel Level, string Message, Exception? Exception);
