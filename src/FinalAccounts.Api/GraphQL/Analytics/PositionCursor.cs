using System.Linq.Expressions;
using FinalAccounts.Api.GraphQL.Conventions;

namespace FinalAccounts.Api.GraphQL.Analytics;

/// <summary>
/// Cursors of grouped answers: the group's position in the requested order, encoded as the schema's other
/// cursors are. Groups are computed whole in SQL on every request, so a position is as cheap as a keyset.
/// </summary>
public static class PositionCursor
{
    public static readonly IReadOnlyList<SortKey> Keys =
        [new SortKey(Expression.Constant(0L), ScalarKind.Long, typeof(long), Nullable: false, Descending: false, Read: null)];

    /// <summary>The number of groups before the page that starts after <paramref name="after"/>; 0 without a cursor.</summary>
    public static long Skip(string? after)
    {
        if (after is null) return 0;
        var position = (long)KeysetCursor.Decode(Keys, after)[0]!;
        if (position < 1) throw ApiError.Create(ApiError.InvalidCursor, $"`{after}` is not a cursor of this list.");
        return position;
    }

    /// <summary>A page of groups whose first group has position <paramref name="skip"/> + 1.</summary>
    public static ConnectionPage Page(IReadOnlyList<object> nodes, long skip, long groupCount) =>
        new(nodes, Keys, nodes.Select((_, i) => new object?[] { skip + i + 1 }).ToList(),
            hasNextPage: skip + nodes.Count < groupCount, hasPreviousPage: skip > 0);
}
