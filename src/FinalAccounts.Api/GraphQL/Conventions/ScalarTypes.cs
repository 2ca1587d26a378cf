using GraphQL.Types;

namespace FinalAccounts.Api.GraphQL.Conventions;

/// <summary>The scalar graph types, one instance each per schema.</summary>
public sealed class ScalarTypes
{
    public IGraphType String { get; } = new StringGraphType();
    public IGraphType Int { get; } = new IntGraphType();
    public IGraphType Long { get; } = new LongGraphType { Description = "A 64-bit whole number." };
    public IGraphType Decimal { get; } = new DecimalGraphType { Description = "An exact decimal number, written as a JSON number with all its digits (6954.99, never 6954.990000001). Amounts of money are in 万元 (10,000 CNY)." };
    public IGraphType Float { get; } = new FloatGraphType();
    public IGraphType Boolean { get; } = new BooleanGraphType();
    public IGraphType Id { get; } = new IdGraphType();
    public IGraphType DateTime { get; } = new DateTimeOffsetGraphType { Description = "A date and time with its offset from UTC, in ISO 8601." };

    public IGraphType For(ScalarKind kind) => kind switch
    {
        ScalarKind.String => String,
        ScalarKind.Int => Int,
        ScalarKind.Long => Long,
        ScalarKind.Decimal => Decimal,
        ScalarKind.Float => Float,
        ScalarKind.Boolean => Boolean,
        ScalarKind.DateTime => DateTime,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Enums have their own types."),
    };
}
