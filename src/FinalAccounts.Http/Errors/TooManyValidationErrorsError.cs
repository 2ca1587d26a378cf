using GraphQL;

namespace FinalAccounts.Http.Errors;

/// <summary>Closes a response that lists only the first of a document's errors (<see cref="Limits.GraphQLLimits.MaxValidationErrors"/>).</summary>
public sealed class TooManyValidationErrorsError : ExecutionError
{
    /// <summary>The stable <c>extensions.code</c> of this error.</summary>
    public const string ErrorCode = "TOO_MANY_VALIDATION_ERRORS";

    /// <summary>Creates the error for <paramref name="omitted"/> errors left out.</summary>
    public TooManyValidationErrorsError(int omitted)
        : base($"The document has {omitted} more error{(omitted == 1 ? "" : "s")}, not listed; fix these first.")
    {
        Code = ErrorCode;
        this.AddExtension("omittedErrors", omitted);
    }
}
