namespace FinalAccounts.Api.GraphQL.Conventions;

/// <summary>How a scalar property is typed, filtered and compared.</summary>
public enum ScalarKind
{
    String,
    Int,
    Long,
    Decimal,
    Float,
    Boolean,
    Enum,
    DateTime,
}
