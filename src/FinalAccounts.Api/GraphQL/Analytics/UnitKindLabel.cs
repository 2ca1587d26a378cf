namespace FinalAccounts.Api.GraphQL.Analytics;

/// <summary>
/// A kind of unit as reports state it, with an English name. The kinds are the wordings reports use;
/// a kind outside this list keeps its Chinese text and has no English name.
/// </summary>
public sealed record UnitKindLabel(string NameZh, string? NameEn)
{
    public static IReadOnlyList<UnitKindLabel> Known { get; } =
    [
        new("行政单位", "Administrative unit"),
        new("行政机关", "Administrative organ"),
        new("事业单位", "Public institution"),
        new("参照公务员法管理的事业单位", "Public institution managed like the civil service"),
        new("参公事业单位", "Public institution managed like the civil service"),
        new("社会团体", "Social organisation"),
        new("企业", "Enterprise"),
    ];

    private static readonly Dictionary<string, UnitKindLabel> ByName = Known.ToDictionary(k => k.NameZh, StringComparer.Ordinal);

    /// <summary>The label of a stated kind; null for a unit whose kind is not stated.</summary>
    public static UnitKindLabel? For(string? kind) =>
        kind is null ? null : ByName.GetValueOrDefault(kind.Trim()) ?? new UnitKindLabel(kind, null);
}
