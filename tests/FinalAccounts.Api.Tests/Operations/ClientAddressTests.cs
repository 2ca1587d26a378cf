using System.Net;
using FinalAccounts.Api.Operations;

namespace FinalAccounts.Api.Tests.Operations;

/// <summary>Which client a request counts against.</summary>
public sealed class ClientAddressTests
{
    [Theory]
    [InlineData("203.0.113.7", "203.0.113.7")]
    [InlineData("::ffff:203.0.113.7", "203.0.113.7")]
    [InlineData("2001:db8:1:2:aaaa:bbbb:cccc:dddd", "2001:db8:1:2::/64")]
    [InlineData("2001:db8:1:2::1", "2001:db8:1:2::/64")]
    [InlineData("2001:db8:1:3::1", "2001:db8:1:3::/64")]
    public void An_IPv4_address_is_a_client_and_so_is_an_IPv6_64_network(string address, string key) =>
        ClientAddress.KeyOf(IPAddress.Parse(address)).ShouldBe(key);

    [Fact]
    public void Requests_without_a_remote_address_share_one_client() =>
        ClientAddress.KeyOf((IPAddress?)null).ShouldBe("unknown");
}
