using System.Net;
using System.Net.Sockets;

namespace ClientStor.Api.Platform.Http;

/// <summary>
/// IP networks as people type them, parsed one way everywhere (API-key allowlists, trusted proxies, IPAM):
/// CIDR with host bits zero (<c>10.0.0.1/8</c> is refused, so nobody mistakes it for "just 10.0.0.1").
/// </summary>
public static class Networks
{
    /// <summary>A CIDR network with host bits zero, or null.</summary>
    public static IPNetwork? ParseCidr(string? text)
    {
        text = text?.Trim();
        if (string.IsNullOrEmpty(text) || !text.Contains('/') || !IPNetwork.TryParse(text, out var network))
            return null;
        return IPAddress.TryParse(text[..text.IndexOf('/')], out var given) && network.BaseAddress.Equals(given) ? network : null;
    }

    /// <summary>A network or a single address (as /32 or /128), normalised to CIDR text; null if malformed.</summary>
    public static string? Normalize(string? entry)
    {
        entry = entry?.Trim();
        if (string.IsNullOrEmpty(entry))
            return null;
        if (entry.Contains('/'))
            return ParseCidr(entry)?.ToString();
        return IPAddress.TryParse(entry, out var ip)
            ? new IPNetwork(Canonical(ip), ip.AddressFamily == AddressFamily.InterNetwork ? 32 : 128).ToString()
            : null;
    }

    /// <summary>True when the allowlist is empty or one of its networks contains <paramref name="caller"/>.</summary>
    public static bool Allows(IReadOnlyCollection<string> allowlist, IPAddress? caller)
    {
        if (allowlist.Count == 0)
            return true;
        if (caller is null)
            return false;
        caller = Canonical(caller);
        return allowlist.Any(entry => IPNetwork.TryParse(entry, out var network) && network.Contains(caller));
    }

    /// <summary>IPv4-mapped IPv6 addresses (<c>::ffff:10.0.0.1</c>) as plain IPv4.</summary>
    public static IPAddress Canonical(IPAddress ip) => ip.IsIPv4MappedToIPv6 ? ip.MapToIPv4() : ip;
}
