using FinalAccounts.Data.Storage;
using System.Collections;
using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore;

namespace FinalAccounts.Api.GraphQL.Conventions;

/// <summary>
/// Turns a `where` argument into a LINQ predicate that EF Core translates to one SQL WHERE clause.
/// Values become SQL parameters. Semantics follow C#: a missing value (null) satisfies no comparison
/// but `eq: null`, and every negated operation (neq, nin, ngt, ncontains...) is the exact complement of its
/// positive form, so missing values satisfy it.
/// </summary>
public static class FilterTranslator
{
    private static readonly MethodInfo StringContains = typeof(string).GetMethod(nameof(string.Contains), [typeof(string)])!;
    private static readonly Expression True = Expression.Constant(true);
    private static readonly Expression False = Expression.Constant(false);

    public static Expression<Func<T, bool>>? ToPredicate<T>(EntityMetadata entity, object? where)
    {
        if (where is not IDictionary<string, object?> filter) return null;
        var row = Expression.Parameter(typeof(T), "x");
        var body = Translate(entity, row, filter);
        return body is null ? null : Expression.Lambda<Func<T, bool>>(body, row);
    }

    /// <summary>The condition on <paramref name="instance"/>, or null when the filter sets nothing.</summary>
    public static Expression? Translate(EntityMetadata entity, Expression instance, IDictionary<string, object?> filter)
    {
        Expression? result = null;
        foreach (var (name, value) in filter)
        {
            if (value is null) continue;
            var part = name switch
            {
                "and" => Combine(Items(value).Select(f => Translate(entity, instance, AsFilter(f))), Expression.AndAlso),
                "or" => Combine(Items(value).Select(f => Translate(entity, instance, AsFilter(f)) ?? True), Expression.OrElse),
                "id" => Operations(Expression.Property(instance, entity.Key), ScalarKind.String, AsFilter(value), entity),
                _ when entity.FindScalar(name) is { } scalar => Operations(Expression.Property(instance, scalar.Property), scalar.Kind, AsFilter(value), null),
                _ when entity.FindRelation(name) is { Navigation: not null } relation => Relation(relation, instance, AsFilter(value)),
                _ => throw ApiError.Create("INVALID_FILTER", $"`{name}` is not a filter field of {entity.TypeName}."),
            };
            result = And(result, part);
        }
        return result;
    }

    private static Expression? Relation(EntityRelation relation, Expression instance, IDictionary<string, object?> filter)
    {
        var navigation = Expression.Property(instance, relation.Navigation!);
        var target = relation.Target;
        if (!relation.IsCollection)
        {
            var condition = Translate(target, navigation, filter);
            return condition is null ? null : Expression.AndAlso(Expression.NotEqual(navigation, Expression.Constant(null, navigation.Type)), condition);
        }

        Expression? result = null;
        foreach (var (op, value) in filter)
        {
            if (value is null) continue;
            Expression part = op switch
            {
                "some" => Any(navigation, target, AsFilter(value)),
                "none" => Expression.Not(Any(navigation, target, AsFilter(value))),
                "all" => All(navigation, target, AsFilter(value)),
                "any" => value is true ? Any(navigation, target, null) : Expression.Not(Any(navigation, target, null)),
                _ => throw ApiError.Create("INVALID_FILTER", $"`{op}` is not a list operation."),
            };
            result = And(result, part);
        }
        return result;
    }

    private static Expression Any(Expression list, EntityMetadata target, IDictionary<string, object?>? filter)
    {
        var element = Expression.Parameter(target.ClrType, "e");
        var condition = filter is null ? null : Translate(target, element, filter);
        return condition is null
            ? Expression.Call(typeof(Enumerable), nameof(Enumerable.Any), [target.ClrType], list)
            : Expression.Call(typeof(Enumerable), nameof(Enumerable.Any), [target.ClrType], list, Expression.Lambda(condition, element));
    }

    private static Expression All(Expression list, EntityMetadata target, IDictionary<string, object?> filter)
    {
        var element = Expression.Parameter(target.ClrType, "e");
        var condition = Translate(target, element, filter) ?? True;
        return Expression.Call(typeof(Enumerable), nameof(Enumerable.All), [target.ClrType], list, Expression.Lambda(condition, element));
    }

    /// <summary>The operations of one operation input on one property; <paramref name="idOf"/> is set for global ids.</summary>
    private static Expression? Operations(Expression property, ScalarKind kind, IDictionary<string, object?> ops, EntityMetadata? idOf)
    {
        Expression? result = null;
        foreach (var (op, raw) in ops)
        {
            Expression? part = op switch
            {
                "and" => Combine(Items(raw).Select(o => Operations(property, kind, AsFilter(o), idOf)), Expression.AndAlso),
                "or" => Combine(Items(raw).Select(o => Operations(property, kind, AsFilter(o), idOf) ?? True), Expression.OrElse),
                "eq" => raw is null ? IsNull(property) : Equal(property, Value(raw, property, idOf)),
                "neq" => raw is null ? Expression.Not(IsNull(property)) : Expression.Not(Equal(property, Value(raw, property, idOf))),
                "in" => raw is null ? null : In(property, raw, idOf),
                "nin" => raw is null ? null : Expression.Not(In(property, raw, idOf)),
                "gt" => Compare(property, raw, Expression.GreaterThan, negate: false),
                "ngt" => Compare(property, raw, Expression.GreaterThan, negate: true),
                "gte" => Compare(property, raw, Expression.GreaterThanOrEqual, negate: false),
                "ngte" => Compare(property, raw, Expression.GreaterThanOrEqual, negate: true),
                "lt" => Compare(property, raw, Expression.LessThan, negate: false),
                "nlt" => Compare(property, raw, Expression.LessThan, negate: true),
                "lte" => Compare(property, raw, Expression.LessThanOrEqual, negate: false),
                "nlte" => Compare(property, raw, Expression.LessThanOrEqual, negate: true),
                "contains" => Text(property, raw, Contains, negate: false),
                "ncontains" => Text(property, raw, Contains, negate: true),
                "startsWith" => Text(property, raw, StartsWith, negate: false),
                "nstartsWith" => Text(property, raw, StartsWith, negate: true),
                "endsWith" => Text(property, raw, EndsWith, negate: false),
                "nendsWith" => Text(property, raw, EndsWith, negate: true),
                _ => throw ApiError.Create("INVALID_FILTER", $"`{op}` is not an operation on {kind} fields."),
            };
            result = And(result, part);
        }
        return result;
    }

    private static Expression IsNull(Expression property) =>
        CanBeNull(property.Type) ? Expression.Equal(property, Expression.Constant(null, property.Type)) : False;

    private static Expression Equal(Expression property, object value) =>
        Expression.Equal(property, Parameter.Of(value, property.Type));

    /// <summary>An order comparison: a missing value fails it, so its negation holds for missing values.</summary>
    private static Expression? Compare(Expression property, object? raw, Func<Expression, Expression, Expression> comparison, bool negate)
    {
        if (raw is null) return null;
        var value = Parameter.Of(ConvertTo(raw, property.Type), property.Type);
        var positive = comparison(property, value);
        if (!negate) return positive;
        return CanBeNull(property.Type)
            ? Expression.OrElse(IsNull(property), Expression.Not(positive))
            : Expression.Not(positive);
    }

    private static Expression? Text(Expression property, object? raw, Func<Expression, string, Expression> matches, bool negate)
    {
        if (raw is not string text) return null;
        var positive = Expression.AndAlso(Expression.NotEqual(property, Expression.Constant(null, typeof(string))), matches(property, text));
        return negate ? Expression.Not(positive) : positive;
    }

    // Every text operation compares characters exactly, as eq does: instr for contains, GLOB for the others.
    private static Expression Contains(Expression property, string text) => Expression.Call(property, StringContains, Parameter.Of(text));

    private static Expression StartsWith(Expression property, string text) => Glob(property, TextPattern.StartsWith(text));

    private static Expression EndsWith(Expression property, string text) => Glob(property, TextPattern.EndsWith(text));

    private static Expression Glob(Expression property, string pattern) =>
        Expression.Call(TextPattern.Glob, Expression.Constant(EF.Functions), property, Parameter.Of(pattern));

    private static Expression In(Expression property, object raw, EntityMetadata? idOf)
    {
        var listType = typeof(List<>).MakeGenericType(property.Type);
        var list = (IList)Activator.CreateInstance(listType)!;
        foreach (var item in Items(raw))
            list.Add(item is null ? null : Value(item, property, idOf));
        // One JSON parameter for the whole list: the statement is the same for any number of values.
        var values = Expression.Call(typeof(EF), nameof(EF.Parameter), [listType], Parameter.Of(list, listType));
        return Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [property.Type], values, property);
    }

    private static object Value(object raw, Expression property, EntityMetadata? idOf)
    {
        if (idOf is null) return ConvertTo(raw, property.Type);
        var id = raw as string;
        if (!GlobalId.TryParse(id, out var typeName, out var key) || typeName != idOf.TypeName || idOf.ParseKey(key) is not { } parsed)
            throw ApiError.Create(ApiError.InvalidId, $"`{id}` is not the id of a {idOf.TypeName}.");
        return parsed;
    }

    private static object ConvertTo(object raw, Type type)
    {
        var target = Nullable.GetUnderlyingType(type) ?? type;
        var value = raw.GetType() == target ? raw
            : target.IsEnum ? raw is string name ? Enum.Parse(target, name) : Enum.ToObject(target, raw)
            : System.Convert.ChangeType(raw, target, CultureInfo.InvariantCulture);
        if (value is decimal number && !ScaledDecimalConverter.IsStorable(number))
            throw ApiError.Create("INVALID_FILTER",
                $"{number.ToString(CultureInfo.InvariantCulture)} is out of range: amounts and ratios lie within ±{ScaledDecimalConverter.MaxMagnitude.ToString(CultureInfo.InvariantCulture)}.");
        return value;
    }

    private static bool CanBeNull(Type type) => !type.IsValueType || Nullable.GetUnderlyingType(type) is not null;

    private static Expression? Combine(IEnumerable<Expression?> parts, Func<Expression, Expression, BinaryExpression> join)
    {
        Expression? result = null;
        foreach (var part in parts)
            if (part is not null)
                result = result is null ? part : join(result, part);
        return result;
    }

    private static Expression? And(Expression? left, Expression? right) =>
        left is null ? right : right is null ? left : Expression.AndAlso(left, right);

    private static IEnumerable<object?> Items(object? value) =>
        value is IEnumerable items and not string and not IDictionary<string, object?> ? items.Cast<object?>() : [];

    private static IDictionary<string, object?> AsFilter(object? value) =>
        value as IDictionary<string, object?> ?? new Dictionary<string, object?>();
}
