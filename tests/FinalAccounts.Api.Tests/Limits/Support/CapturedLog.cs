using Microsoft.Extensions.Logging;

namespace FinalAccounts.Api.Tests.Limits.Support;

public sealed record CapturedLog(string Category, LogLevel Level, string Message, Exception? Exception);
