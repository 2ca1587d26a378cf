using GraphQL.Types;

namespace FinalAccounts.Http.Tests.Chat;

public sealed class MessageGraphType : ObjectGraphType<Message>
{
    public MessageGraphType()
    {
        Name = "Message";
        Description = "A chat message.";
        Field(x => x.Id).Description("Position of the message in the room.");
        Field(x => x.From).Description("Who sent it.");
        Field(x => x.Content).Description("What was said.");
    }
}
