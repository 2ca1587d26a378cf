using System.Text.Json.Nodes;

namespace FinalAccounts.Api.Tests.Limits.Fuzz;

/// <summary>A query made from the schema, with the variables it declares.</summary>
public sealed record GeneratedQuery(string Text, JsonObject Variables, string? OperationName);
