using System.ComponentModel;

namespace FinalAccounts.Api.GraphQL.Analytics;

/// <summary>Which end of the ranking to return.</summary>
[Description("Which end of a ranking to return.")]
public enum RankingDirection
{
    [Description("The largest values first.")]
    Top,
    [Description("The smallest values first.")]
    Bottom,
}
