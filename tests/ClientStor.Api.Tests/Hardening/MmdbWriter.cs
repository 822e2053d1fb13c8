using System.Net;
using System.Text;

namespace ClientStor.Api.Tests.Hardening;

/// <summary>
/// Writes a tiny IPv4 MaxMind DB (format 2.0, 24-bit records) mapping networks to <c>{ country: { iso_code } }</c>, the
/// shape of GeoLite2-Country. MaxMind's databases cannot be shipped with the tests; the reader under test is the real one.
/// </summary>
internal static class MmdbWriter
{
    public static void Write(string path, IReadOnlyDictionary<string, string> countryByNetwork)
    {
        var data = new MemoryStream();
        var offsets = new Dictionary<string, int>();
        foreach (var code in countryByNetwork.Values.Distinct())
        {
            offsets[code] = (int)data.Length;
            WriteMap(data, [("country", w => WriteMap(w, [("iso_code", v => WriteString(v, code))]))]);
        }

        // Binary trie: node = [left, right]; a record is a node index (>= 0), -1 for empty, or -(2 + data offset).
        var nodes = new List<long[]> { new long[] { -1, -1 } };
        foreach (var (cidr, code) in countryByNetwork)
        {
            var network = IPNetwork.Parse(cidr);
            var bits = network.BaseAddress.GetAddressBytes();
            var node = 0;
            for (var depth = 0; depth < network.PrefixLength; depth++)
            {
                var bit = (bits[depth / 8] >> (7 - depth % 8)) & 1;
                if (depth == network.PrefixLength - 1)
                {
                    nodes[node][bit] = -(2 + offsets[code]);
                    break;
                }
                if (nodes[node][bit] < 0)
                {
                    nodes.Add([-1, -1]);
                    nodes[node][bit] = nodes.Count - 1;
                }
                node = (int)nodes[node][bit];
            }
        }
        var nodeCount = nodes.Count;
        using var file = File.Create(path);
        foreach (var n in nodes)
            foreach (var record in n)
            {
                var value = record >= 0 ? record : record == -1 ? nodeCount : nodeCount + 16 + (-record - 2);
                file.Write([(byte)(value >> 16), (byte)(value >> 8), (byte)value]);
            }
        file.Write(new byte[16]);
        data.Position = 0;
        data.CopyTo(file);
        file.Write([0xAB, 0xCD, 0xEF, .. Encoding.ASCII.GetBytes("MaxMind.com")]);
        WriteMap(file,
        [
            ("binary_format_major_version", w => WriteUInt(w, 5, 2)),
            ("binary_format_minor_version", w => WriteUInt(w, 5, 0)),
            ("build_epoch", w => WriteUInt(w, 9, (ulong)DateTimeOffset.UtcNow.ToUnixTimeSeconds())),
            ("database_type", w => WriteString(w, "ClientStor-Test-Country")),
            ("description", w => WriteMap(w, [("en", v => WriteString(v, "test countries"))])),
            ("ip_version", w => WriteUInt(w, 5, 4)),
            ("languages", w => { WriteControl(w, 11, 1); WriteString(w, "en"); }),
            ("node_count", w => WriteUInt(w, 6, (ulong)nodeCount)),
            ("record_size", w => WriteUInt(w, 5, 24)),
        ]);
    }

    private static void WriteControl(Stream s, int type, int size)
    {
        if (size >= 29)
            throw new ArgumentOutOfRangeException(nameof(size), "the test writer only needs short fields");
        if (type <= 7)
            s.WriteByte((byte)(type << 5 | size));
        else
        {
            s.WriteByte((byte)size);
            s.WriteByte((byte)(type - 7));
        }
    }

    private static void WriteString(Stream s, string value)
    {
        var bytes = Encoding.UTF8.GetBytes(value);
        WriteControl(s, 2, bytes.Length);
        s.Write(bytes);
    }

    private static void WriteUInt(Stream s, int type, ulong value)
    {
        var bytes = BitConverter.GetBytes(value).Reverse().SkipWhile(b => b == 0).ToArray();
        WriteControl(s, type, bytes.Length);
        s.Write(bytes);
    }

    private static void WriteMap(Stream s, IReadOnlyList<(string Key, Action<Stream> Value)> pairs)
    {
        WriteControl(s, 7, pairs.Count);
        foreach (var (key, value) in pairs)
        {
            WriteString(s, key);
            value(s);
        }
    }
}
