namespace FinalAccounts.Api.GraphQL.Conventions;

/// <summary>
/// Holds a value that an expression reads through a member access. EF Core turns such reads into SQL
/// parameters (a bare constant would become a literal and defeat its query cache).
/// </summary>
public sealed class ParameterBox<T>(T value)
{
    public readonly T Value = value;
}
