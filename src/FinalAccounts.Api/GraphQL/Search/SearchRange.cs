using FinalAccounts.Ingest.Snapshot;

namespace FinalAccounts.Api.GraphQL.Search;

/// <summary>A range of index positions holding the texts of consecutive fields: a kind filter is a few ranges, never a scan.</summary>
public sealed record SearchRange(long From, long To)
{
    /// <summary>The ranges covering <paramref name="fields"/>, in ranking order, adjacent fields merged.</summary>
    public static IReadOnlyList<SearchRange> Of(IEnumerable<SearchIndex.Field> fields)
    {
        var ranges = new List<SearchRange>();
        foreach (var field in fields.OrderBy(f => f.Group))
        {
            if (ranges.Count > 0 && ranges[^1].To + 1 == field.FirstPosition)
                ranges[^1] = ranges[^1] with { To = field.LastPosition };
            else
                ranges.Add(new SearchRange(field.FirstPosition, field.LastPosition));
        }
        return ranges;
    }
}
