using GraphQL;

namespace FinalAccounts.Api.Export;

/// <summary>An export error, written as a GraphQL error (<c>message</c> and <c>extensions.code</c>) without the locations of the internal document.</summary>
public sealed class ExportError : ExecutionError
{
    public ExportError(string message, string code) : base(message)
    {
        Code = code;
    }
}
