using GraphQL;
using GraphQL.Types;

namespace FinalAccounts.Http.Tests.Chat;

/// <summary>The one mutation: it exists so that "mutations only over POST" can be tested.</summary>
public sealed class ChatMutation : ObjectGraphType
{
    public ChatMutation(ChatRoom room)
    {
        Name = "Mutation";
        Field<NonNullGraphType<MessageGraphType>>("addMessage")
            .Argument<NonNullGraphType<MessageInputGraphType>>("message")
            .Resolve(context =>
            {
                var input = context.GetArgument<Dictionary<string, object?>>("message");
                return room.Add((string)input["from"]!, (string)input["content"]!);
            });
    }
}
