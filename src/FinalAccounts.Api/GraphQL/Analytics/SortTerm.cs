namespace FinalAccounts.Api.GraphQL.Analytics;

/// <summary>One ORDER BY term of an analytics statement: a SQL expression over the grouped columns and its direction.</summary>
public sealed record SortTerm(string Expression, bool Descending)
{
    public override string ToString() => Expression + (Descending ? " DESC" : " ASC");
}
