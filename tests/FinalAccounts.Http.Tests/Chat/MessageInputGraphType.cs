using GraphQL.Types;

namespace FinalAccounts.Http.Tests.Chat;

public sealed class MessageInputGraphType : InputObjectGraphType
{
    public MessageInputGraphType()
    {
        Name = "MessageInput";
        Field<NonNullGraphType<StringGraphType>>("from");
        Field<NonNullGraphType<StringGraphType>>("content");
    }
}
