namespace FinalAccounts.Http.Tests.Chat;

/// <summary>One chat message: the smallest entity that gives the test schema a query and a mutation.</summary>
public sealed record Message(int Id, string From, string Content);
