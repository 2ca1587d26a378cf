using System.Net;

namespace FinalAccounts.Http.Errors;

/// <summary>
/// A GraphQL error that is a transport problem and so has its own HTTP status code,
/// whatever media type the response is written in.
/// </summary>
public interface IHasPreferredStatusCode
{
    /// <summary>The HTTP status code a response carrying this error is sent with.</summary>
    HttpStatusCode PreferredStatusCode { get; }
}
