using GraphQL;

namespace FinalAccounts.Api.GraphQL.Conventions;

/// <summary>Raw argument values as GraphQL.NET parsed them (input objects are dictionaries).</summary>
public static class Arguments
{
    public static object? Raw(IResolveFieldContext context, string name) =>
        context.Arguments is { } arguments && arguments.TryGetValue(name, out var value) ? value.Value : null;
}
