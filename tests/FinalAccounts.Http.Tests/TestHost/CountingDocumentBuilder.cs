using FinalAccounts.Http.Limits;
using GraphQL.Execution;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;

namespace FinalAccounts.Http.Tests.TestHost;

/// <summary>The real document builder, with the parser depth of the limits, counting how often a query text is parsed.</summary>
public sealed class CountingDocumentBuilder(IOptions<GraphQLLimits> limits) : IDocumentBuilder
{
    private readonly GraphQLDocumentBuilder inner = new() { MaxDepth = limits.Value.MaxParserDepth };
    private int parses;

    public int Parses => Volatile.Read(ref parses);

    public GraphQLDocument Build(string body)
    {
        Interlocked.Increment(ref parses);
        return inner.Build(body);
    }
}
