using GraphQL;

namespace FinalAccounts.Http.Errors;

/// <summary>Every limit error names the limit it met in <c>extensions.limit</c>, so a client can shrink its query to fit.</summary>
internal static class LimitExtensions
{
    public static void AddLimit(this ExecutionError error, int limit) => error.AddExtension("limit", limit);
}
