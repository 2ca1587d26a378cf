namespace FinalAccounts.Api.GraphQL.Conventions;

/// <summary>The value behind SortEnumType.</summary>
public enum SortDirection
{
    Ascending,
    Descending,
}
