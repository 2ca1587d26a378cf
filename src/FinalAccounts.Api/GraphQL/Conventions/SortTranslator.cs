using System.Collections;
using System.Linq.Expressions;

namespace FinalAccounts.Api.GraphQL.Conventions;

/// <summary>Turns an `order` argument into sort keys over the row, always ending with the row's key.</summary>
public static class SortTranslator
{
    public static SortSpec<T> Parse<T>(EntityMetadata entity, object? order)
    {
        var row = Expression.Parameter(typeof(T), "x");
        var keys = new List<SortKey>();
        var byKey = false;
        if (order is IEnumerable entries and not string)
            foreach (var entry in entries)
                if (entry is IDictionary<string, object?> fields)
                    AddKeys(entity, row, fields, keys, onRow: true, ref byKey);
        if (!byKey)
            keys.Add(KeyOf(entity, row, descending: false, onRow: true));
        return new SortSpec<T>(row, keys, isDefault: keys.Count == 1 && !byKey);
    }

    private static void AddKeys(EntityMetadata entity, Expression instance, IDictionary<string, object?> fields, List<SortKey> keys, bool onRow, ref bool byKey)
    {
        foreach (var (name, value) in fields)
        {
            if (value is null) continue;
            if (name == "id" && value is SortDirection idDirection)
            {
                keys.Add(KeyOf(entity, instance, idDirection == SortDirection.Descending, onRow));
                byKey |= onRow;
                continue;
            }
            if (value is SortDirection direction && entity.FindScalar(name) is { } scalar)
            {
                keys.Add(new SortKey(PathTo(instance, scalar.Property, onRow), scalar.Kind, scalar.ValueType, scalar.Nullable || !onRow,
                    direction == SortDirection.Descending, onRow ? scalar.Getter : null));
                continue;
            }
            if (value is IDictionary<string, object?> nested && entity.FindRelation(name) is { Navigation: { } navigation, IsCollection: false } relation)
            {
                AddKeys(relation.Target, Expression.Property(instance, navigation), nested, keys, onRow: false, ref byKey);
                continue;
            }
            throw ApiError.Create("INVALID_SORT", $"`{name}` is not a sort key of {entity.TypeName}.");
        }
    }

    private static SortKey KeyOf(EntityMetadata entity, Expression instance, bool descending, bool onRow)
    {
        var kind = entity.KeyType == typeof(int) ? ScalarKind.Int : ScalarKind.String;
        return new SortKey(PathTo(instance, entity.Key, onRow), kind, entity.KeyType, Nullable: !onRow, descending, onRow ? entity.KeyGetter : null);
    }

    /// <summary>Through a relation the row may have no related row: the value is then missing, so its type must allow null.</summary>
    private static Expression PathTo(Expression instance, System.Reflection.PropertyInfo property, bool onRow)
    {
        Expression path = Expression.Property(instance, property);
        if (!onRow && path.Type.IsValueType && Nullable.GetUnderlyingType(path.Type) is null)
            path = Expression.Convert(path, typeof(Nullable<>).MakeGenericType(path.Type));
        return path;
    }
}
