using System.Buffers.Binary;
using System.Net.Sockets;
using System.Text;
using Microsoft.Extensions.Options;

namespace ClientStor.Api.Platform.Uploads;

/// <param name="Clean">clamd answered OK.</param>
/// <param name="Signature">What clamd found (when infected).</param>
/// <param name="Error">Why no answer was obtained (then neither clean nor infected).</param>
public sealed record ScanResult(bool Clean, bool Infected, string? Signature, string? Error);

/// <summary>clamd's INSTREAM command over TCP (zINSTREAM, 4-byte big-endian length-prefixed chunks, a zero-length end).</summary>
public sealed class ClamAvClient(IOptions<UploadOptions> options)
{
    private const int ChunkSize = 64 * 1024;

    public bool Enabled => !string.IsNullOrWhiteSpace(options.Value.ClamAv.Host);

    public async Task<ScanResult> ScanAsync(Stream content, CancellationToken ct)
    {
        var o = options.Value.ClamAv;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(o.Timeout);
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(o.Host!, o.Port, timeout.Token);
            await using var stream = client.GetStream();
            await stream.WriteAsync("zINSTREAM\0"u8.ToArray(), timeout.Token);
            var buffer = new byte[4 + ChunkSize];
            int read;
            while ((read = await content.ReadAsync(buffer.AsMemory(4, ChunkSize), timeout.Token)) > 0)
            {
                BinaryPrimitives.WriteUInt32BigEndian(buffer, (uint)read);
                await stream.WriteAsync(buffer.AsMemory(0, 4 + read), timeout.Token);
            }
            await stream.WriteAsync(new byte[4], timeout.Token);
            var reply = new MemoryStream();
            var one = new byte[256];
            while ((read = await stream.ReadAsync(one, timeout.Token)) > 0)
            {
                reply.Write(one, 0, read);
                if (one.AsSpan(0, read).Contains((byte)0) || reply.Length > 4096)
                    break;
            }
            var text = Encoding.ASCII.GetString(reply.ToArray()).TrimEnd('\0', '\n', ' ');
            // "stream: OK", "stream: Eicar-Test-Signature FOUND", "INSTREAM size limit exceeded. ERROR"
            if (text.EndsWith(" FOUND", StringComparison.Ordinal))
                return new ScanResult(false, true, text[(text.IndexOf(':') + 1)..^" FOUND".Length].Trim(), null);
            if (text.EndsWith(": OK", StringComparison.Ordinal))
                return new ScanResult(true, false, null, null);
            return new ScanResult(false, false, null, text.Length == 0 ? "no answer" : text);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return new ScanResult(false, false, null, $"clamd at {o.Host}:{o.Port} did not answer within {o.Timeout.TotalSeconds:0} s");
        }
        catch (Exception e) when (e is SocketException or IOException)
        {
            return new ScanResult(false, false, null, $"clamd at {o.Host}:{o.Port} cannot be reached: {e.Message}");
        }
    }
}
