using System.Net;
using GraphQL.Execution;

namespace FinalAccounts.Http.Errors;

/// <summary>400: the query text has more tokens than <see cref="Limits.GraphQLLimits.MaxTokens"/>; it is not parsed.</summary>
public sealed class TooManyTokensError : RequestError, IHasPreferredStatusCode
{
    /// <summary>The stable <c>extensions.code</c> of this error.</summary>
    public const string ErrorCode = "TOO_MANY_TOKENS";

    /// <summary>Creates the error for a limit of <paramref name="limit"/> tokens.</summary>
    public TooManyTokensError(int limit)
        : base($"The query text has more than {limit} tokens.")
    {
        Code = ErrorCode;
        this.AddLimit(limit);
    }

    /// <inheritdoc />
    public HttpStatusCode PreferredStatusCode => HttpStatusCode.BadRequest;
}
