using System.Linq.Expressions;
using System.Reflection;
using FinalAccounts.Api.GraphQL.Conventions;
using FinalAccounts.Data.Entities;
using FinalAccounts.Data.Storage;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace FinalAccounts.Api.Export;

/// <summary>
/// The columns of an entity's export, in order: the global id and key; every field the GraphQL type serves
/// (enums by their schema names); for each parent row (unit, account, category, project…) its global id and
/// its name, so a CSV reads on its own; last the provenance block: provenance, the source document's file name
/// and SHA-256, and the line. All of it is selected by one SQL statement per export.
/// </summary>
public sealed class ExportColumns
{
    private static readonly MethodInfo QueryableWhere = QueryableMethod(nameof(Queryable.Where));
    private static readonly MethodInfo QueryableSelect = QueryableMethod(nameof(Queryable.Select));
    private static readonly MethodInfo QueryableFirstOrDefault = typeof(Queryable).GetMethods()
        .Single(m => m.Name == nameof(Queryable.FirstOrDefault) && m.GetParameters().Length == 1);
    private static readonly MethodInfo SetMethod = typeof(DbContext).GetMethod(nameof(DbContext.Set), Type.EmptyTypes)!;

    private readonly EntityMetadata _entity;

    private ExportColumns(EntityMetadata entity, IReadOnlyList<ExportColumn> columns)
    {
        _entity = entity;
        Columns = columns;
    }

    public IReadOnlyList<ExportColumn> Columns { get; }

    public static ExportColumns For(EntityMetadata entity, ConventionTypes types)
    {
        var columns = new List<ExportColumn>
        {
            new("id", "Global id, as the API's `id` field.", (row, _) => Expression.Property(row, entity.Key), key => GlobalId.Format(entity.TypeName, FormatKey(key))),
            new("key", entity.KeyDescription, (row, _) => Expression.Property(row, entity.Key), FormatKey),
        };

        foreach (var scalar in entity.Scalars)
        {
            if (scalar.Name is "provenance" or "line") continue; // they close the row, with the document
            columns.Add(Scalar(scalar, types));
        }

        foreach (var relation in entity.Relations)
        {
            if (!IsParent(relation) || relation.Target.ClrType == typeof(SourceDocument)) continue;
            var target = relation.Target;
            columns.Add(new ExportColumn(relation.Name + "Id", $"Global id of the {Naming.Words(target.TypeName)}.",
                (row, _) => Expression.Property(row, relation.SourceKey), key => GlobalId.Format(target.TypeName, FormatKey(key))));
            if (Label(target) is { } label)
                columns.Add(new ExportColumn(relation.Name + Naming.PascalCase(label.Name), $"{Naming.PascalCase(Naming.Words(target.TypeName))}: {Lower(label.Description)}",
                    (row, db) => Lookup(db, target, relation.TargetMatch, Expression.Property(row, relation.SourceKey), label.Property)));
        }

        if (entity.FindScalar("provenance") is { } provenance)
            columns.Add(Scalar(provenance, types));
        if (DocumentKey(entity) is { } documentKey)
        {
            var documents = types.Catalog.For<SourceDocument>();
            columns.Add(new ExportColumn("document", "File name of the source document the row comes from.",
                (row, db) => Lookup(db, documents, documents.Key, documentKey(row, db), documents.FindScalar("fileName")!.Property)));
            columns.Add(new ExportColumn("documentSha256", "SHA-256 of the source document's bytes, lowercase hex.",
                (row, db) => Lookup(db, documents, documents.Key, documentKey(row, db), documents.FindScalar("sha256")!.Property)));
        }
        if (entity.FindScalar("line") is { } line)
            columns.Add(Scalar(line, types));

        return new ExportColumns(entity, columns);
    }

    /// <summary>row => new object[] { column1, column2, … }, one SQL statement with scalar subqueries for names.</summary>
    public Expression<Func<T, object?[]>> Projection<T>(SnapshotContext db)
    {
        var row = Expression.Parameter(typeof(T), "x");
        var values = Columns.Select(c => (Expression)Expression.Convert(c.Select(row, db), typeof(object)));
        return Expression.Lambda<Func<T, object?[]>>(Expression.NewArrayInit(typeof(object), values), row);
    }

    public override string ToString() => $"{_entity.TypeName}: {string.Join(", ", Columns.Select(c => c.Name))}";

    private static ExportColumn Scalar(EntityScalar scalar, ConventionTypes types)
    {
        Func<object?, object?>? present = null;
        if (scalar.Kind == ScalarKind.Enum && types.Enum(scalar.ValueType) is ScalarGraphType enumType)
            present = value => enumType.Serialize(value);
        return new ExportColumn(scalar.Name, scalar.Description, (row, _) => Expression.Property(row, scalar.Property), present);
    }

    /// <summary>A to-one link to the row it belongs to (its key column holds the parent's key).</summary>
    private static bool IsParent(EntityRelation relation) => !relation.IsCollection && relation.TargetMatch == relation.Target.Key;

    /// <summary>The name of a parent row: its first required text field (a unit's name, a category's Chinese name).</summary>
    private static EntityScalar? Label(EntityMetadata target) =>
        target.Scalars.FirstOrDefault(s => s.Kind == ScalarKind.String && !s.Nullable);

    /// <summary>
    /// The key of the row's source document: on the row itself, or on the required parent row it is part of
    /// (an indicator's project). A document is its own source; a codebook row has none.
    /// </summary>
    private static Func<Expression, SnapshotContext, Expression>? DocumentKey(EntityMetadata entity)
    {
        if (entity.ClrType == typeof(SourceDocument)) return null;
        var own = entity.Relations.FirstOrDefault(r => IsParent(r) && r.Target.ClrType == typeof(SourceDocument));
        if (own is not null) return (row, _) => Expression.Property(row, own.SourceKey);
        foreach (var parent in entity.Relations.Where(r => IsParent(r) && IsRequired(r.SourceKey)))
        {
            var theirs = parent.Target.Relations.FirstOrDefault(r => IsParent(r) && r.Target.ClrType == typeof(SourceDocument));
            if (theirs is not null)
                return (row, db) => Lookup(db, parent.Target, parent.TargetMatch, Expression.Property(row, parent.SourceKey), theirs.SourceKey);
        }
        return null;
    }

    /// <summary>(SELECT value FROM target WHERE match = key LIMIT 1): a scalar subquery on the target's key.</summary>
    private static Expression Lookup(SnapshotContext db, EntityMetadata target, PropertyInfo match, Expression key, PropertyInfo value)
    {
        // The set's own expression (a query root), as `db.Set<T>()` inside a LINQ query becomes: EF translates it to a subquery.
        var set = ((IQueryable)SetMethod.MakeGenericMethod(target.ClrType).Invoke(db, null)!).Expression;
        var t = Expression.Parameter(target.ClrType, "t");
        Expression left = Expression.Property(t, match), right = key;
        if (left.Type != right.Type)
        {
            var common = Nullable.GetUnderlyingType(left.Type) ?? left.Type;
            if (common.IsValueType) common = typeof(Nullable<>).MakeGenericType(common);
            left = Expression.Convert(left, common);
            right = Expression.Convert(right, common);
        }
        var where = Expression.Call(QueryableWhere.MakeGenericMethod(target.ClrType), set, Expression.Quote(Expression.Lambda(Expression.Equal(left, right), t)));
        Expression selected = Expression.Property(t, value);
        if (selected.Type.IsValueType && Nullable.GetUnderlyingType(selected.Type) is null)
            selected = Expression.Convert(selected, typeof(Nullable<>).MakeGenericType(selected.Type));
        var select = Expression.Call(QueryableSelect.MakeGenericMethod(target.ClrType, selected.Type), where, Expression.Quote(Expression.Lambda(selected, t)));
        return Expression.Call(QueryableFirstOrDefault.MakeGenericMethod(selected.Type), select);
    }

    private static bool IsRequired(PropertyInfo key) => key.PropertyType.IsValueType
        ? Nullable.GetUnderlyingType(key.PropertyType) is null
        : new NullabilityInfoContext().Create(key).ReadState == NullabilityState.NotNull;

    private static string FormatKey(object? key) => key switch
    {
        string s => s,
        IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => Convert.ToString(key, System.Globalization.CultureInfo.InvariantCulture) ?? "",
    };

    private static string Lower(string text) =>
        text.Length > 1 && char.IsUpper(text[0]) && !char.IsUpper(text[1]) ? char.ToLowerInvariant(text[0]) + text[1..] : text;

    private static MethodInfo QueryableMethod(string name) => typeof(Queryable).GetMethods()
        .Single(m => m.Name == name && m.GetParameters().Length == 2
            && m.GetParameters()[1].ParameterType.GetGenericArguments()[0].GetGenericArguments().Length == 2);
}
