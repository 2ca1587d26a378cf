namespace FinalAccounts.Api.GraphQL.Conventions;

/// <summary>A row with the values of sort keys that run through its relations, selected by the same statement.</summary>
public sealed class KeyedRow<T>(T row, object?[] keys)
{
    public T Row { get; } = row;
    public object?[] Keys { get; } = keys;
}
