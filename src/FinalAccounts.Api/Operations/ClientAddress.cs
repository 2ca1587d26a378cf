using System.Net;
using System.Net.Sockets;

namespace FinalAccounts.Api.Operations;

/// <summary>
/// The client a request is counted against: its IPv4 address, or the /64 network of its IPv6 address (a
/// subscriber usually holds a whole /64, so single addresses would be free to rotate).
/// </summary>
public static class ClientAddress
{
    /// <summary>The client key of <paramref name="context"/>'s remote address; requests without one share a key.</summary>
    public static string KeyOf(HttpContext context) => KeyOf(context.Connection.RemoteIpAddress);

    public static string KeyOf(IPAddress? address)
    {
        if (address is null) return "unknown";
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        if (address.AddressFamily != AddressFamily.InterNetworkV6) return address.ToString();

        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }
}
