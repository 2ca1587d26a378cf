using GraphQL.Types;

namespace FinalAccounts.Http.Tests.Chat;

/// <summary>A tiny schema of its own for the transport tests, as GraphQL.Server's tests have their Chat schema.</summary>
public sealed class ChatSchema : Schema
{
    public ChatSchema(IServiceProvider services, ChatQuery query, ChatMutation mutation)
        : base(services)
    {
        Query = query;
        Mutation = mutation;
    }
}
