using System.Collections;
using System.Linq.Expressions;
using System.Reflection;
using System.Text;
using System.Text.Json;

namespace FinalAccounts.Api.GraphQL.Conventions.Sql;

/// <summary>
/// Writes the predicates the conventions build (<see cref="FilterTranslator"/>, <see cref="KeysetPredicate"/>,
/// <see cref="KeyMatch"/>) as SQL, when they stay on the row's own columns: comparisons with parameters, IN lists,
/// text operations (instr, GLOB, as EF Core translates them), and/or/not. Every condition it writes is TRUE or FALSE,
/// never NULL, with C#'s meaning for missing values (as EF Core translates them): a missing value satisfies no
/// comparison, so its negation holds. Anything else (a relation) it declines, and the caller lets EF Core translate
/// the query instead.
/// </summary>
public sealed class SqlPredicate
{
    private static readonly MethodInfo StringCompare = typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!;
    private static readonly MethodInfo StringContains = typeof(string).GetMethod(nameof(string.Contains), [typeof(string)])!;

    private readonly SqlTable _table;
    private readonly string _alias;
    private readonly ParameterExpression _row;
    private readonly SqlParameters _parameters;
    private readonly StringBuilder _sql;

    private SqlPredicate(SqlTable table, string alias, ParameterExpression row, SqlParameters parameters, StringBuilder sql)
    {
        _table = table;
        _alias = alias;
        _row = row;
        _parameters = parameters;
        _sql = sql;
    }

    /// <summary>Appends the condition of <paramref name="predicate"/> to <paramref name="sql"/>; false (and nothing usable written) when it cannot.</summary>
    public static bool TryWrite(LambdaExpression predicate, SqlTable table, string alias, SqlParameters parameters, StringBuilder sql) =>
        new SqlPredicate(table, alias, predicate.Parameters[0], parameters, sql).Condition(predicate.Body);

    /// <summary>Appends <c>column IN (values)</c> for a property of the row (the match of a batch); false when it cannot.</summary>
    public static bool TryWriteIn(PropertyInfo property, IEnumerable values, SqlTable table, string alias, SqlParameters parameters, StringBuilder sql) =>
        table.Column(property) is { } column && new SqlPredicate(table, alias, Expression.Parameter(property.DeclaringType!, "x"), parameters, sql).In(column, values);

    /// <summary>The column a path on <paramref name="row"/> reads (its own property), or null when it is not one.</summary>
    public static SqlColumn? ColumnOf(Expression path, ParameterExpression row, SqlTable table) =>
        StripConvert(path) is MemberExpression { Member: PropertyInfo property } member && member.Expression == row ? table.Column(property) : null;

    private bool Condition(Expression expression)
    {
        switch (expression)
        {
            case BinaryExpression { NodeType: ExpressionType.AndAlso or ExpressionType.OrElse } logical:
                _sql.Append('(');
                if (!Condition(logical.Left)) return false;
                _sql.Append(logical.NodeType == ExpressionType.AndAlso ? " AND " : " OR ");
                if (!Condition(logical.Right)) return false;
                _sql.Append(')');
                return true;
            case UnaryExpression { NodeType: ExpressionType.Not } not when not.Type == typeof(bool):
                _sql.Append("NOT (");
                if (!Condition(not.Operand)) return false;
                _sql.Append(')');
                return true;
            case ConstantExpression { Value: bool flag }:
                _sql.Append(flag ? "1" : "0");
                return true;
            case BinaryExpression comparison:
                return Comparison(comparison);
            case MethodCallExpression { Method.Name: nameof(Enumerable.Contains), Arguments.Count: 2 } call when call.Method.DeclaringType == typeof(Enumerable):
                return In(call.Arguments[0], call.Arguments[1]);
            case MethodCallExpression { Object: { } text, Arguments: [var part] } call when call.Method == StringContains:
                return Text(text, part, (column, value) => $"instr({column}, {value}) > 0");
            case MethodCallExpression { Arguments: [_, var text, var pattern] } call when call.Method == TextPattern.Glob:
                return Text(text, pattern, (column, value) => $"{column} GLOB {value}");
            default:
                return false;
        }
    }

    private bool Comparison(BinaryExpression comparison)
    {
        var op = Operator(comparison.NodeType);
        if (op is null) return false;
        Expression left = comparison.Left, right = comparison.Right;

        // string.Compare(column, value) > 0 and the like: the column compares with the value as SQLite compares text.
        if (left is MethodCallExpression call && call.Method == StringCompare && right is ConstantExpression { Value: 0 })
            (left, right) = (call.Arguments[0], call.Arguments[1]);

        var column = ColumnOf(left, _row, _table);
        if (column is null)
        {
            column = ColumnOf(right, _row, _table);
            if (column is null) return false;
            (left, right) = (right, left);
            op = Flip(op);
        }

        if (StripConvert(right) is ConstantExpression { Value: null })
        {
            if (op is not ("=" or "<>")) return false;
            _sql.Append(Qualified(column)).Append(op == "=" ? " IS NULL" : " IS NOT NULL");
            return true;
        }
        if (!TryValue(right, out var value) || value is null) return false;

        // Bound as stored (money as scaled integers, enums as their stored text): the parameter meets the column as is.
        if (column.ToProvider(value) is not { } stored) return false;
        var name = _parameters.Add(stored, _parameters.MappingOf(stored));
        var positive = op == "<>" ? "=" : op;
        if (op == "<>") _sql.Append("NOT ");
        // A missing value satisfies no comparison (SQL would say NULL); the guard makes that FALSE.
        _sql.Append(column.Nullable ? $"({Qualified(column)} IS NOT NULL AND {Qualified(column)} {positive} {name})" : $"({Qualified(column)} {positive} {name})");
        return true;
    }

    /// <summary>A text operation on a column with a text parameter; a missing value satisfies none.</summary>
    private bool Text(Expression path, Expression argument, Func<string, string, string> write)
    {
        if (ColumnOf(path, _row, _table) is not { } column || !TryValue(argument, out var value) || value is not string text) return false;
        var test = write(Qualified(column), _parameters.Add(text, _parameters.TextMapping));
        _sql.Append(column.Nullable ? $"({Qualified(column)} IS NOT NULL AND {test})" : $"({test})");
        return true;
    }

    private bool In(Expression list, Expression item) =>
        ColumnOf(item, _row, _table) is { } column && TryValue(list, out var values) && values is IEnumerable items && In(column, items);

    private bool In(SqlColumn column, IEnumerable items)
    {
        var stored = new List<object>();
        foreach (var value in items)
        {
            // A missing value in the list, or reals (whose JSON text may not round-trip), are left to EF Core.
            if (column.ToProvider(value) is not { } provider || provider is double) return false;
            stored.Add(provider);
        }
        // One value is a plain comparison (a lookup by id); more travel as one JSON parameter, so the SQL is the same for any number.
        var test = stored.Count == 1
            ? $"{Qualified(column)} = {_parameters.Add(stored[0], _parameters.MappingOf(stored[0]))}"
            : $"{Qualified(column)} IN (SELECT value FROM json_each({_parameters.Add(JsonArray(stored), _parameters.TextMapping)}))";
        _sql.Append(column.Nullable ? $"({Qualified(column)} IS NOT NULL AND {test})" : $"({test})");
        return true;
    }

    /// <summary>Stored values as a JSON array, in the types json_each gives back: text, integers, booleans (as 1 and 0).</summary>
    private static string JsonArray(List<object> values)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            foreach (var value in values)
            {
                switch (value)
                {
                    case string text: writer.WriteStringValue(text); break;
                    case bool flag: writer.WriteBooleanValue(flag); break;
                    default: writer.WriteNumberValue(System.Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture)); break;
                }
            }
            writer.WriteEndArray();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private string Qualified(SqlColumn column) => _alias + "." + column.Name;

    /// <summary>The value of a parameter box, a constant, or <c>EF.Parameter(…)</c> around one of them.</summary>
    private static bool TryValue(Expression expression, out object? value)
    {
        switch (StripConvert(expression))
        {
            case ConstantExpression constant:
                value = constant.Value;
                return true;
            case MemberExpression { Member: FieldInfo field, Expression: ConstantExpression { Value: { } box } }
                when field.DeclaringType is { IsGenericType: true } declaring && declaring.GetGenericTypeDefinition() == typeof(ParameterBox<>):
                value = field.GetValue(box);
                return true;
            case MethodCallExpression { Method.Name: "Parameter", Arguments.Count: 1 } call when call.Method.DeclaringType == typeof(Microsoft.EntityFrameworkCore.EF):
                return TryValue(call.Arguments[0], out value);
            default:
                value = null;
                return false;
        }
    }

    /// <summary>Conversions that only wrap a value in Nullable&lt;&gt; (or to the type it has) change nothing in SQL.</summary>
    private static Expression StripConvert(Expression expression)
    {
        while (expression is UnaryExpression { NodeType: ExpressionType.Convert } convert
               && (Nullable.GetUnderlyingType(convert.Type) ?? convert.Type) == (Nullable.GetUnderlyingType(convert.Operand.Type) ?? convert.Operand.Type))
            expression = convert.Operand;
        return expression;
    }

    private static string? Operator(ExpressionType type) => type switch
    {
        ExpressionType.Equal => "=",
        ExpressionType.NotEqual => "<>",
        ExpressionType.GreaterThan => ">",
        ExpressionType.GreaterThanOrEqual => ">=",
        ExpressionType.LessThan => "<",
        ExpressionType.LessThanOrEqual => "<=",
        _ => null,
    };

    private static string Flip(string op) => op switch
    {
        ">" => "<",
        ">=" => "<=",
        "<" => ">",
        "<=" => ">=",
        _ => op,
    };
}
