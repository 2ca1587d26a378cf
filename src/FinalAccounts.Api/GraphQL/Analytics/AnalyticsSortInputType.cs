using FinalAccounts.Api.GraphQL.Conventions;
using GraphQL.Types;
using static FinalAccounts.Api.GraphQL.Conventions.Fields;

namespace FinalAccounts.Api.GraphQL.Analytics;

/// <summary>An `order` input of an analytics answer, HotChocolate-style: one field per entry, each a SortEnumType.</summary>
public sealed class AnalyticsSortInputType : InputObjectGraphType
{
    public AnalyticsSortInputType(string name, string description, IReadOnlyList<SortField> fields, SortEnumType directions)
    {
        Name = name;
        Description = description + " Give one field per entry; several entries sort by several keys, in order. The group's key sorts last, so pages are stable.";
        SortFields = fields;
        foreach (var field in fields)
            AddField(Input(field.Name, directions, field.Description));
    }

    public IReadOnlyList<SortField> SortFields { get; }
}
