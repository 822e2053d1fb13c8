using System.Net;
using System.Net.Sockets;
using System.Numerics;

namespace ClientStor.Api.Features.Ipam;

/// <summary>Address arithmetic for IPv4 and IPv6.</summary>
public static class IpMath
{
    public static readonly IReadOnlyList<string> Statuses = ["active", "reserved", "dhcp", "deprecated"];

    /// <summary>A CIDR network with host bits zero, or null (see <see cref="Platform.Http.Networks.ParseCidr"/>).</summary>
    public static IPNetwork? ParseNetwork(string? text) => Platform.Http.Networks.ParseCidr(text);

    /// <summary>True for the network and broadcast addresses of an IPv4 subnet larger than /31 (not assignable to hosts).</summary>
    public static bool IsNetworkOrBroadcast(IPNetwork n, IPAddress address)
    {
        if (Bits(n) != 32 || n.PrefixLength > 30 || address.AddressFamily != AddressFamily.InterNetwork)
            return false;
        var value = ToNumber(address);
        var first = ToNumber(n.BaseAddress);
        return value == first || value == first + (BigInteger.One << (32 - n.PrefixLength)) - 1;
    }

    public static int Bits(IPNetwork n) => n.BaseAddress.AddressFamily == AddressFamily.InterNetwork ? 32 : 128;

    /// <summary>Addresses a host can use: v4 excludes network and broadcast (except /31 and /32); v6 uses all.</summary>
    public static BigInteger UsableCount(IPNetwork n)
    {
        var hostBits = Bits(n) - n.PrefixLength;
        var all = BigInteger.One << hostBits;
        return Bits(n) == 32 && hostBits >= 2 ? all - 2 : all;
    }

    public static BigInteger ToNumber(IPAddress a) => new(a.GetAddressBytes(), isUnsigned: true, isBigEndian: true);

    public static IPAddress FromNumber(BigInteger value, AddressFamily family)
    {
        var size = family == AddressFamily.InterNetwork ? 4 : 16;
        var bytes = value.ToByteArray(isUnsigned: true, isBigEndian: true);
        var padded = new byte[size];
        bytes.CopyTo(padded, size - bytes.Length);
        return new IPAddress(padded);
    }

    /// <summary>The lowest usable address (v4 after the network address, v6 after ::0) of the network not in <paramref name="used"/> (sorted ascending), or null when full.</summary>
    public static IPAddress? FirstFree(IPNetwork n, IReadOnlyList<IPAddress> used)
    {
        var start = ToNumber(n.BaseAddress);
        var hostBits = Bits(n) - n.PrefixLength;
        var last = start + (BigInteger.One << hostBits) - 1;
        if (Bits(n) == 32 && hostBits >= 2) { start += 1; last -= 1; }
        else if (Bits(n) == 128 && hostBits >= 1) start += 1; // ::0 is the subnet-router anycast address
        var candidate = start;
        foreach (var value in used.Select(ToNumber).Where(v => v >= start && v <= last).Order())
        {
            if (value > candidate) break;
            if (value == candidate) candidate += 1;
        }
        return candidate <= last ? FromNumber(candidate, n.BaseAddress.AddressFamily) : null;
    }
}
