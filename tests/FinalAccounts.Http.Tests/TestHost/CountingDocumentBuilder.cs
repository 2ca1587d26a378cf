using GraphQL.Execution;
using GraphQLParser.AST;

namespace FinalAccounts.Http.Tests.TestHost;

/// <summary>The real document builder, counting how often a query text is parsed.</summary>
public sealed class CountingDocumentBuilder : IDocumentBuilder
{
    private readonly GraphQLDocumentBuilder inner = new();
    private int parses;

    public int Parses => Volatile.Read(ref parses);

    public GraphQLDocument Build(string body)
    {
        Interlocked.Increment(ref parses);
        return inner.Build(body);
    }
}
