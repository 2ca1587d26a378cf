using GraphQL.Types;
using GraphQLParser.AST;

namespace FinalAccounts.Http.Limits;

/// <summary>
/// The fields of a selection set as they run: every fragment spread and inline fragment expanded in
/// place, each field with the type it is selected on. The limit rules walk operations through it, so
/// they all see what will run rather than the text. A spread of a fragment that is already being
/// expanded on the current path (a cycle, which validation reports) is skipped, and a walk stops for
/// good after <see cref="VisitBudget"/> selections, so no document, valid or not, makes a walk loop or
/// run away; <see cref="CountFields(GraphQLSelectionSet)"/> counts the expanded fields in time linear
/// in the document, however often fragments spread fragments.
/// </summary>
internal sealed class SelectionExpander
{
    /// <summary>
    /// Selections one expander visits at most. An operation within the field limit visits far fewer;
    /// only a document built to explode (fragments spreading fragments that hold no fields) reaches it.
    /// </summary>
    public const int VisitBudget = 100_000;

    private readonly ISchema schema;
    private readonly Dictionary<string, GraphQLFragmentDefinition> fragments = [];
    private readonly Dictionary<GraphQLFragmentDefinition, long> fieldCounts = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<GraphQLFragmentDefinition> expanding = new(ReferenceEqualityComparer.Instance);
    private int visits;

    public SelectionExpander(ISchema schema, GraphQLDocument document)
    {
        this.schema = schema;
        foreach (var fragment in document.Definitions.OfType<GraphQLFragmentDefinition>())
        {
            fragments.TryAdd(fragment.FragmentName.Name.StringValue, fragment);
        }
    }

    /// <summary>Whether a walk ran out of <see cref="VisitBudget"/> and stopped before the end.</summary>
    public bool Exhausted => visits > VisitBudget;

    /// <summary>
    /// Calls <paramref name="visit"/> for each field of <paramref name="selectionSet"/> on <paramref name="parentType"/>
    /// (null when unknown), fragments expanded. The fragments being expanded stay marked while
    /// <paramref name="visit"/> runs, so a walk that descends from inside the callback still sees cycles.
    /// </summary>
    public void ForEachField(GraphQLSelectionSet selectionSet, IGraphType? parentType, Action<GraphQLField, IGraphType?> visit)
    {
        foreach (var selection in selectionSet.Selections)
        {
            if (++visits > VisitBudget)
            {
                return;
            }

            switch (selection)
            {
                case GraphQLField field:
                    visit(field, parentType);
                    break;
                case GraphQLInlineFragment inline:
                    ForEachField(inline.SelectionSet, TypeOf(inline.TypeCondition) ?? parentType, visit);
                    break;
                case GraphQLFragmentSpread spread when Find(spread) is { } fragment && expanding.Add(fragment):
                    try
                    {
                        ForEachField(fragment.SelectionSet, TypeOf(fragment.TypeCondition) ?? parentType, visit);
                    }
                    finally
                    {
                        expanding.Remove(fragment);
                    }

                    break;
            }
        }
    }

    /// <summary>The number of fields in <paramref name="selectionSet"/> and below, fragments expanded (saturating, never overflowing).</summary>
    public long CountFields(GraphQLSelectionSet selectionSet)
    {
        long count = 0;
        foreach (var selection in selectionSet.Selections)
        {
            var add = selection switch
            {
                GraphQLField field => 1 + (field.SelectionSet is { } inner ? CountFields(inner) : 0),
                GraphQLInlineFragment inline => CountFields(inline.SelectionSet),
                GraphQLFragmentSpread spread when Find(spread) is { } fragment => CountFields(fragment),
                _ => 0,
            };
            count = Saturating.Add(count, add);
        }

        return count;
    }

    /// <summary>The type named by a type condition, or null when there is none or the schema lacks it.</summary>
    public IGraphType? TypeOf(GraphQLTypeCondition? condition) =>
        condition is null ? null : schema.AllTypes[condition.Type.Name.StringValue];

    private long CountFields(GraphQLFragmentDefinition fragment)
    {
        if (fieldCounts.TryGetValue(fragment, out var known))
        {
            return known;
        }

        // A fragment that spreads itself (an invalid cycle) counts its own spread as nothing.
        fieldCounts[fragment] = 0;
        var count = CountFields(fragment.SelectionSet);
        fieldCounts[fragment] = count;
        return count;
    }

    private GraphQLFragmentDefinition? Find(GraphQLFragmentSpread spread) =>
        fragments.GetValueOrDefault(spread.FragmentName.Name.StringValue);
}
