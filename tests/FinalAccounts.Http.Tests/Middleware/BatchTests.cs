using System.Net;
using FinalAccounts.Http.Tests.Chat;
using FinalAccounts.Http.Tests.TestHost;
using Microsoft.Extensions.DependencyInjection;
using static FinalAccounts.Http.GraphQLMediaTypes;
using static FinalAccounts.Http.Tests.TestHost.HttpExchange;

namespace FinalAccounts.Http.Tests.Middleware;

/// <summary>Batches are refused as a whole: one clear 400 and nothing of the batch runs.</summary>
public sealed class BatchTests
{
    private const string Refused =
        """{"errors":[{"message":"Batched requests are not supported; send one request object per HTTP request.","extensions":{"code":"BATCHED_REQUESTS_NOT_SUPPORTED"}}]}""";

    [Theory]
    [InlineData(Json)]
    [InlineData(GraphQLResponseJson)]
    public async Task Array_of_requests_is_400(string accept)
    {
        await using var server = await ChatServer.StartAsync();

        var response = await server.Client.SendAsync(Post("""[{"query":"{ count }"},{"query":"{ allMessages { id } }"}]""", accept: accept));

        await response.ShouldBeAsync(HttpStatusCode.BadRequest, accept, Refused);
    }

    [Fact]
    public async Task Array_of_one_request_is_still_a_batch()
    {
        await using var server = await ChatServer.StartAsync();

        var response = await server.Client.SendAsync(Post("""[{"query":"{ count }"}]"""));

        await response.ShouldBeAsync(HttpStatusCode.BadRequest, Json, Refused);
    }

    [Fact]
    public async Task Empty_array_is_400()
    {
        await using var server = await ChatServer.StartAsync();

        var response = await server.Client.SendAsync(Post("[]"));

        await response.ShouldBeAsync(HttpStatusCode.BadRequest, Json, Refused);
    }

    [Fact]
    public async Task No_part_of_a_refused_batch_runs()
    {
        await using var server = await ChatServer.StartAsync();
        const string batch = """
            [{"query":"mutation { addMessage(message: {from: \"a\", content: \"1\"}) { id } }"},{"query":"{ count }"}]
            """;

        var response = await server.Client.SendAsync(Post(batch));

        await response.ShouldBeAsync(HttpStatusCode.BadRequest, Json, Refused);
        server.Services.GetRequiredService<ChatRoom>().Messages.Count.ShouldBe(1);
        server.DocumentBuilder.Parses.ShouldBe(0);
    }
}
