using GraphQL.Types;

namespace FinalAccounts.Http.Tests.Chat;

public sealed class MessageGraphType : ObjectGraphType<Message>
{
    public MessageGraphType(ChatRoom room)
    {
        Name = "Message";
        Description = "A chat message.";
        Field(x => x.Id).Description("Position of the message in the room.");
        Field(x => x.From).Description("Who sent it.");
        Field(x => x.Content).Description("What was said.");

        // A relation back into the same type, so that queries can nest as deep as a client likes.
        Field<MessageGraphType>("replyTo")
            .Description("The message before this one; null for the first.")
            .Resolve(context => room.Messages.FirstOrDefault(m => m.Id == context.Source.Id - 1));
    }
}
