using GraphQL;
using GraphQL.DI;

namespace FinalAccounts.Api.Operations;

/// <summary>
/// Records the name of the GraphQL operation a request executed (<see cref="RequestItems.OperationName"/>)
/// for the request log, unless the transport already did. Runs around every execution of the document
/// executer, which takes every <see cref="IConfigureExecution"/> registered in the container.
/// </summary>
internal sealed class OperationNameCapture(IHttpContextAccessor http) : IConfigureExecution
{
    public float SortOrder => 0;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        var result = await next(options);
        if (http.HttpContext is { } context && !context.Items.ContainsKey(RequestItems.OperationName)
            && (result.Operation?.Name?.StringValue ?? options.OperationName) is { Length: > 0 } name)
        {
            context.Items[RequestItems.OperationName] = name;
        }

        return result;
    }
}
