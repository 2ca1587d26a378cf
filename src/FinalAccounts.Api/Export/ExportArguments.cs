namespace FinalAccounts.Api.Export;

/// <summary>
/// The arguments of one export, coerced exactly as GraphQL coerces the list field's arguments:
/// <see cref="Where"/> and <see cref="Order"/> are the values its resolver would receive.
/// </summary>
public sealed record ExportArguments(object? Where, object? Order, int? First);
