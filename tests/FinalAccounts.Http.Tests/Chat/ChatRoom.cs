namespace FinalAccounts.Http.Tests.Chat;

/// <summary>The messages of the test schema, held in memory for one test server.</summary>
public sealed class ChatRoom
{
    private readonly List<Message> messages = [new Message(1, "alice", "hello")];
    private readonly Lock gate = new();

    public IReadOnlyList<Message> Messages
    {
        get
        {
            lock (gate)
            {
                return [.. messages];
            }
        }
    }

    public Message Add(string from, string content)
    {
        lock (gate)
        {
            var message = new Message(messages.Count + 1, from, content);
            messages.Add(message);
            return message;
        }
    }
}
