using System.Collections.Concurrent;
using System.Data.Common;
using System.Linq.Expressions;
using System.Reflection;

namespace FinalAccounts.Api.GraphQL.Conventions.Sql;

/// <summary>
/// Builds rows of <typeparamref name="T"/> from the columns a statement selected, in order, through each column's
/// type mapping (the reader method and value converter EF Core itself would use). Compiled once per set of columns.
/// </summary>
public static class SqlRowReader<T> where T : class
{
    private const int Capacity = 1024;
    private static readonly ConcurrentDictionary<string, Func<DbDataReader, T>> Readers = new();

    /// <summary>The reader of <paramref name="columns"/> (named by <paramref name="signature"/>); null for a type without a parameterless constructor.</summary>
    public static Func<DbDataReader, T>? For(IReadOnlyList<SqlColumn> columns, string signature)
    {
        if (Readers.TryGetValue(signature, out var found)) return found;
        if (typeof(T).GetConstructor(Type.EmptyTypes) is null || columns.Any(c => !c.Property.CanWrite)) return null;
        var reader = Build(columns);
        if (Readers.Count < Capacity) Readers.TryAdd(signature, reader);
        return reader;
    }

    private static Func<DbDataReader, T> Build(IReadOnlyList<SqlColumn> columns)
    {
        var reader = Expression.Parameter(typeof(DbDataReader), "reader");
        var bindings = new List<MemberBinding>();
        for (var i = 0; i < columns.Count; i++)
        {
            var column = columns[i];
            var property = column.Property;
            var ordinal = Expression.Constant(i);
            Expression value = Expression.Call(reader, column.Mapping.GetDataReaderMethod(), ordinal);
            if (column.Mapping.Converter is { } converter)
                value = ReplacingVisitor.Inline(converter.ConvertFromProviderExpression, Convert(value, converter.ProviderClrType));
            value = Convert(value, property.PropertyType);
            var isNull = Expression.Call(reader, typeof(DbDataReader).GetMethod(nameof(DbDataReader.IsDBNull))!, ordinal);
            value = Expression.Condition(isNull, Expression.Default(property.PropertyType), value);
            bindings.Add(Expression.Bind(property, value));
        }
        return Expression.Lambda<Func<DbDataReader, T>>(Expression.MemberInit(Expression.New(typeof(T)), bindings), reader).Compile();
    }

    private static Expression Convert(Expression value, Type type) => value.Type == type ? value : Expression.Convert(value, type);

    /// <summary>Inlines a converter's lambda over an argument.</summary>
    private sealed class ReplacingVisitor(ParameterExpression parameter, Expression argument) : ExpressionVisitor
    {
        public static Expression Inline(LambdaExpression lambda, Expression argument) =>
            new ReplacingVisitor(lambda.Parameters[0], argument).Visit(lambda.Body);

        protected override Expression VisitParameter(ParameterExpression node) => node == parameter ? argument : node;
    }
}
