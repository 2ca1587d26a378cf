using System.Linq.Expressions;

namespace FinalAccounts.Api.GraphQL.Conventions;

/// <summary>
/// One key of a sort: a path from the row (its own property, or through to-one relations), its kind
/// and direction. <see cref="Read"/> reads the key from a loaded row when the path stays on the row;
/// keys through relations are projected by the page query instead.
/// </summary>
public sealed record SortKey(Expression Path, ScalarKind Kind, Type ValueType, bool Nullable, bool Descending, Func<object, object?>? Read)
{
    public SortKey Reversed() => this with { Descending = !Descending };
}
