using System.Collections;
using FinalAccounts.Api.GraphQL.Conventions;

namespace FinalAccounts.Api.GraphQL.Analytics;

/// <summary>Turns an analytics `order` argument into ORDER BY terms; the dimensions' keys are appended last by the statement.</summary>
public static class AnalyticsOrder
{
    public static List<SortTerm> Parse(object? order, IReadOnlyList<SortField> fields, IReadOnlyList<AnalyticsDimension> dimensions, SortTerm? fallback)
    {
        var terms = new List<SortTerm>();
        if (order is IEnumerable entries and not string)
            foreach (var entry in entries.OfType<IDictionary<string, object?>>())
                foreach (var (name, value) in entry)
                {
                    if (value is not SortDirection direction) continue;
                    var field = fields.First(f => f.Name == name);
                    if (field.NeedsYear && !dimensions.Contains(AnalyticsDimension.Year))
                        throw AnalyticsErrors.Create(AnalyticsErrors.SortNotApplicable,
                            $"`{name}` compares a group with the previous year's: group by YEAR to sort by it.");
                    var descending = direction == SortDirection.Descending;
                    if (field.Sql is null)
                        terms.AddRange(dimensions.SelectMany(DimensionColumns.SortKeys).Select(k => new SortTerm(k, descending)));
                    else
                        terms.Add(new SortTerm(field.Sql, descending));
                }
        if (terms.Count == 0 && fallback is not null) terms.Add(fallback);
        return terms;
    }
}
