using System.Net;
using System.Xml;

namespace ClientStor.Api.Features.Discovery;

/// <summary>One live host from an nmap XML report.</summary>
public sealed record NmapHost(IReadOnlyList<IPAddress> Addresses, string? Mac, string? Vendor, string? Hostname, string? Os, IReadOnlyList<string> OpenPorts);

/// <summary>
/// Reads <c>nmap -oX</c> output safely: no DTD processing (the report's bare DOCTYPE is skipped; entity
/// declarations are never expanded, so billion-laughs and XXE payloads cannot run), no external resolution,
/// bounded size. Anything that is not an nmap report is refused.
/// </summary>
public static class NmapXml
{
    public sealed class NotNmapException(string message) : Exception(message);

    public static List<NmapHost> Parse(Stream xml)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Ignore,
            XmlResolver = null,
            MaxCharactersFromEntities = 0,
            MaxCharactersInDocument = 50_000_000,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
        };
        var hosts = new List<NmapHost>();
        try
        {
            using var reader = XmlReader.Create(xml, settings);
            if (!reader.ReadToFollowing("nmaprun") || reader.Depth != 0)
                throw new NotNmapException("This is not nmap XML output: the root element must be <nmaprun> (run nmap with -oX).");
            while (reader.ReadToFollowing("host"))
            {
                using var host = reader.ReadSubtree();
                var up = false;
                var addresses = new List<IPAddress>();
                string? mac = null, vendor = null, hostname = null, os = null;
                var ports = new List<string>();
                string? portId = null, protocol = null;
                while (host.Read())
                {
                    if (host.NodeType != XmlNodeType.Element)
                        continue;
                    switch (host.Name)
                    {
                        case "status":
                            up = host.GetAttribute("state") == "up";
                            break;
                        case "address":
                            var addr = host.GetAttribute("addr");
                            if (host.GetAttribute("addrtype") == "mac") { mac = addr; vendor = host.GetAttribute("vendor"); }
                            else if (IPAddress.TryParse(addr, out var ip)) addresses.Add(ip);
                            break;
                        case "hostname":
                            hostname ??= host.GetAttribute("name");
                            break;
                        case "osmatch":
                            os ??= host.GetAttribute("name");
                            break;
                        case "port":
                            portId = host.GetAttribute("portid");
                            protocol = host.GetAttribute("protocol");
                            break;
                        case "state" when portId is not null && host.GetAttribute("state") == "open":
                            ports.Add($"{portId}/{protocol}");
                            break;
                        case "service" when portId is not null && ports.Count > 0 && ports[^1].StartsWith(portId + "/", StringComparison.Ordinal):
                            var name = host.GetAttribute("name");
                            var product = host.GetAttribute("product");
                            ports[^1] += $" {name}{(product is null ? "" : $" ({product} {host.GetAttribute("version")})".TrimEnd())}";
                            break;
                    }
                }
                if (up && addresses.Count > 0)
                    hosts.Add(new NmapHost(addresses, mac, vendor, hostname, os, ports));
            }
        }
        catch (XmlException e)
        {
            throw new NotNmapException($"The XML is malformed or uses DTD entities (refused): {e.Message}");
        }
        return hosts;
    }
}
