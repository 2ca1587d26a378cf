namespace FinalAccounts.Api.GraphQL.Conventions.Sql;

/// <summary>
/// Whether pages, nested lists and lookups write their statements directly when they can (the default), or always
/// let EF Core translate them. Setting <c>GraphQL:DirectSql</c> to false serves every query through EF Core, which
/// the tests use to compare the two answer for answer.
/// </summary>
public sealed record SqlMode(bool Direct)
{
    public const string SettingName = "GraphQL:DirectSql";
}
