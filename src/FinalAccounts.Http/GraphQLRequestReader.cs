using System.Text.Json;
using FinalAccounts.Http.Errors;
using GraphQL;
using GraphQL.Transport;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace FinalAccounts.Http;

/// <summary>
/// Turns a JSON body or a query string into a <see cref="GraphQLRequest"/>, checking the kind of every
/// parameter first so that a wrong one is a clear 400 rather than a serializer exception.
/// <c>variables</c> and <c>extensions</c> are converted by the registered <see cref="IGraphQLSerializer"/>.
/// </summary>
internal sealed class GraphQLRequestReader(IGraphQLSerializer serializer)
{
    private const string QueryKey = "query";
    private const string OperationNameKey = "operationName";
    private const string VariablesKey = "variables";
    private const string ExtensionsKey = "extensions";

    /// <summary>Reads a JSON request body: one request object (an array is a refused batch).</summary>
    public bool TryReadJsonBody(ReadOnlyMemory<byte> body, out GraphQLRequest? request, out ExecutionError? error)
    {
        request = null;
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException exception)
        {
            error = new JsonInvalidError(exception);
            return false;
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Array)
            {
                error = new BatchedRequestsNotSupportedError();
                return false;
            }

            if (root.ValueKind != JsonValueKind.Object)
            {
                error = InvalidRequestBodyError.NotAnObject(Describe(root.ValueKind));
                return false;
            }

            if (!TryReadString(root, QueryKey, out var query, out error)
                || !TryReadString(root, OperationNameKey, out var operationName, out error)
                || !TryReadInputs(root, VariablesKey, out var variables, out error)
                || !TryReadInputs(root, ExtensionsKey, out var extensions, out error))
            {
                return false;
            }

            return TryComplete(query, operationName, variables, extensions, out request, out error);
        }
    }

    /// <summary>
    /// Reads <c>query</c>, <c>operationName</c>, <c>variables</c> and <c>extensions</c> from a query string
    /// (the last two URL-encoded JSON). <paramref name="queryText"/>, when given, is the query itself
    /// (the body of an <c>application/graphql</c> POST) and the query string's <c>query</c> is ignored.
    /// </summary>
    public bool TryReadQueryString(IQueryCollection parameters, string? queryText, out GraphQLRequest? request, out ExecutionError? error)
    {
        request = null;
        var query = queryText;
        if (queryText is null && !TryReadSingle(parameters, QueryKey, out query, out error))
        {
            return false;
        }

        if (!TryReadSingle(parameters, OperationNameKey, out var operationName, out error)
            || !TryReadJsonParameter(parameters, VariablesKey, out var variables, out error)
            || !TryReadJsonParameter(parameters, ExtensionsKey, out var extensions, out error))
        {
            return false;
        }

        return TryComplete(query, string.IsNullOrEmpty(operationName) ? null : operationName, variables, extensions, out request, out error);
    }

    private static bool TryComplete(string? query, string? operationName, Inputs? variables, Inputs? extensions, out GraphQLRequest? request, out ExecutionError? error)
    {
        if (string.IsNullOrWhiteSpace(query))
        {
            request = null;
            error = new MissingQueryError();
            return false;
        }

        request = new GraphQLRequest { Query = query, OperationName = operationName, Variables = variables, Extensions = extensions };
        error = null;
        return true;
    }

    private static bool TryReadString(JsonElement root, string name, out string? value, out ExecutionError? error)
    {
        value = null;
        error = null;
        if (!root.TryGetProperty(name, out var element) || element.ValueKind == JsonValueKind.Null)
        {
            return true;
        }

        if (element.ValueKind != JsonValueKind.String)
        {
            error = InvalidRequestParameterError.NotAString(name, Describe(element.ValueKind));
            return false;
        }

        value = element.GetString();
        return true;
    }

    private bool TryReadInputs(JsonElement root, string name, out Inputs? value, out ExecutionError? error)
    {
        value = null;
        error = null;
        if (!root.TryGetProperty(name, out var element) || element.ValueKind == JsonValueKind.Null)
        {
            return true;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            error = InvalidRequestParameterError.NotAnObject(name, Describe(element.ValueKind));
            return false;
        }

        value = serializer.ReadNode<Inputs>(element);
        return true;
    }

    private static bool TryReadSingle(IQueryCollection parameters, string name, out string? value, out ExecutionError? error)
    {
        value = null;
        error = null;
        if (!parameters.TryGetValue(name, out StringValues values) || values.Count == 0)
        {
            return true;
        }

        if (values.Count > 1)
        {
            error = InvalidRequestParameterError.Repeated(name);
            return false;
        }

        value = values[0];
        return true;
    }

    private bool TryReadJsonParameter(IQueryCollection parameters, string name, out Inputs? value, out ExecutionError? error)
    {
        value = null;
        if (!TryReadSingle(parameters, name, out var text, out error))
        {
            return false;
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        try
        {
            using var document = JsonDocument.Parse(text);
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Null)
            {
                return true;
            }

            if (root.ValueKind != JsonValueKind.Object)
            {
                error = InvalidRequestParameterError.NotAnObject(name, Describe(root.ValueKind));
                return false;
            }

            value = serializer.ReadNode<Inputs>(root);
            return true;
        }
        catch (JsonException)
        {
            error = InvalidRequestParameterError.NotJson(name);
            return false;
        }
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };
}
