namespace FinalAccounts.Api.Operations;

/// <summary>
/// Keys of <see cref="HttpContext.Items"/> through which the GraphQL transport tells the operations
/// middleware what it learned about a request.
/// </summary>
public static class RequestItems
{
    /// <summary>
    /// The request's query cost (a number; the value reported in <c>extensions.cost</c>), set once it is
    /// known, at the latest when execution ends. Charged to the client's cost budget.
    /// </summary>
    public const string Cost = "graphql.cost";

    /// <summary>The name of the operation executed (a string), for the request log.</summary>
    public const string OperationName = "graphql.operationName";

    /// <summary>The request's cost, when it is known and a number.</summary>
    public static double? CostOf(HttpContext context) =>
        context.Items.TryGetValue(Cost, out var value) ? value switch
        {
            int i => i,
            long l => l,
            double d when double.IsFinite(d) => d,
            float f when float.IsFinite(f) => f,
            decimal m => (double)m,
            _ => null,
        } : null;
}
