using FinalAccounts.Http.Errors;
using GraphQL;

namespace FinalAccounts.Http.Limits;

/// <summary>
/// Shortens the error list of a result that did not run (an invalid document, invalid variables) to at
/// most <see cref="GraphQLLimits.MaxValidationErrors"/> entries: the first ones, then a
/// <see cref="TooManyValidationErrorsError"/> saying how many were left out. A document crafted to fail
/// every rule everywhere thus gets a short answer. Errors of a result that ran are field errors and are kept.
/// </summary>
internal static class ValidationErrorLimit
{
    public static void Apply(ExecutionResult result, int maxErrors)
    {
        if (result.Executed || result.Errors is not { } errors || errors.Count <= Math.Max(1, maxErrors))
        {
            return;
        }

        var kept = Math.Max(1, maxErrors - 1);
        var shortened = new ExecutionErrors();
        foreach (var error in errors.Take(kept))
        {
            shortened.Add(error);
        }

        shortened.Add(new TooManyValidationErrorsError(errors.Count - kept));
        result.Errors = shortened;
    }
}
