using GraphQL;
using GraphQL.Types;
using GraphQL.Validation;

namespace FinalAccounts.Http.Tests.Chat;

public sealed class ChatQuery : ObjectGraphType
{
    public ChatQuery(ChatRoom room, ResolverProbe probe)
    {
        Name = "Query";
        Field<NonNullGraphType<IntGraphType>>("count").Resolve(_ => room.Messages.Count);
        Field<MessageGraphType>("message")
            .Argument<NonNullGraphType<IntGraphType>>("id")
            .Resolve(context => room.Messages.FirstOrDefault(m => m.Id == context.GetArgument<int>("id")));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MessageGraphType>>>>("allMessages").Resolve(_ => room.Messages);

        // One entry per id, as Relay's nodes(ids:): its list is as long as the argument.
        Field<NonNullGraphType<ListGraphType<MessageGraphType>>>("messages")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IntGraphType>>>>("ids")
            .Resolve(context => context.GetArgument<List<int>>("ids").Select(id => room.Messages.FirstOrDefault(m => m.Id == id)));

        // Its limit depends on a variable's value, so it must be checked again for a cached document.
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MessageGraphType>>>>("recentMessages")
            .Argument<NonNullGraphType<IntGraphType>>("last")
            .ValidateArguments(context =>
            {
                if (context.GetArgument<int>("last") > 10)
                {
                    context.ReportError(new ValidationError("'last' must be at most 10."));
                }
            })
            .Resolve(context => room.Messages.TakeLast(context.GetArgument<int>("last")));

        // Throws what a failing data layer would: the transport must mask it.
        Field<StringGraphType>("failingField").Resolve(_ => throw new InvalidOperationException(ResolverProbe.SecretFailure));

        // Waits until the request is cancelled, proving RequestAborted reaches the resolvers.
        Field<StringGraphType>("slowField").ResolveAsync(async context =>
        {
            probe.WaitStarted.TrySetResult();
            using var wait = CancellationTokenSource.CreateLinkedTokenSource(context.CancellationToken, probe.Release.Token);
            try
            {
                await Task.Delay(Timeout.Infinite, wait.Token);
                return "never";
            }
            catch (OperationCanceledException) when (context.CancellationToken.IsCancellationRequested)
            {
                probe.WaitCancelled.TrySetResult();
                throw;
            }
        });
    }
}
