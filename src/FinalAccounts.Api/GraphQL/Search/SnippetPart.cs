namespace FinalAccounts.Api.GraphQL.Search;

/// <summary>A piece of a snippet: text, and whether it is (part of) the match.</summary>
public sealed record SnippetPart(string Text, bool Highlighted);
