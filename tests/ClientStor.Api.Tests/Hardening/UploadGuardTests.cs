using System.IO.Compression;
using System.Net;
using System.Net.Sockets;
using System.Text;
using ClientStor.Api.Platform.Uploads;
using Microsoft.Extensions.Options;

namespace ClientStor.Api.Tests.Hardening;

/// <summary>The upload checks on real file bytes; clamd is played by a TCP server speaking its INSTREAM protocol.</summary>
public sealed class UploadGuardTests
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, (byte)'I', (byte)'H', (byte)'D', (byte)'R'];
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
    private static readonly byte[] Exe = [(byte)'M', (byte)'Z', 0x90, 0, 3, 0, 0, 0, 4, 0];
    private const string Eicar = @"X5O!P%@AP[4\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*";

    private static UploadGuard Guard(UploadOptions? o = null)
    {
        var options = Options.Create(o ?? new UploadOptions());
        return new UploadGuard(options, new ClamAvClient(options));
    }

    private static Task<UploadVerdict> Inspect(byte[] bytes, string name, string? claimed = null, long used = 0, UploadOptions? o = null) =>
        Guard(o).InspectAsync(new MemoryStream(bytes), name, claimed, used, CancellationToken.None);

    private static byte[] Zip(params (string Name, byte[] Content)[] entries)
    {
        var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var (name, content) in entries)
            {
                using var s = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
                s.Write(content);
            }
        return buffer.ToArray();
    }

    [Fact]
    public async Task Files_whose_bytes_match_their_name_and_claim_are_accepted_with_the_detected_type()
    {
        (await Inspect(Png, "rack-photo.png", "image/png")).ShouldSatisfyAllConditions(v => v.DetectedType.ShouldBe("image/png"), v => v.ContentType.ShouldBe("image/png"));
        (await Inspect(Pdf, "contract.PDF", "application/pdf")).ContentType.ShouldBe("application/pdf");
        var csv = await Inspect(Encoding.UTF8.GetBytes("hostname,ip\nfw01,10.0.0.1\nkörper,ü\n"), "export.csv", "text/csv");
        (csv.DetectedType, csv.ContentType, csv.IsText).ShouldBe(("text/plain", "text/csv", true));
        var docx = await Inspect(Zip(("word/document.xml", "<w:document/>"u8.ToArray())), "runbook.docx");
        (docx.DetectedType, docx.ContentType, docx.IsText).ShouldBe(("application/zip", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", false));
    }

    [Theory]
    [InlineData("notes.md", "text/markdown")]
    [InlineData("plan.SVG", "image/svg+xml")]
    [InlineData("page.htm", "text/html")]
    [InlineData("network.drawio", "application/xml")]
    [InlineData("settings.json", "application/json")]
    [InlineData("client.ovpn", "text/plain")]
    public async Task Text_files_are_served_as_the_type_their_extension_names(string name, string served) =>
        (await Inspect(Encoding.UTF8.GetBytes("<x>text</x>\n"), name)).ContentType.ShouldBe(served);

    [Theory]
    [InlineData("tool.exe", UploadRefusals.ExtensionNotAllowed)]
    [InlineData("no-extension", UploadRefusals.ExtensionNotAllowed)]
    [InlineData("invoice.pdf", UploadRefusals.Executable)]
    [InlineData("notes.txt", UploadRefusals.Executable)]
    public async Task Executables_are_refused_under_any_name(string name, string refusal) =>
        (await Inspect(Exe, name)).Refusal.ShouldBe(refusal);

    [Fact]
    public async Task Content_must_match_the_extension_and_the_claimed_type()
    {
        (await Inspect(Pdf, "photo.png")).Refusal.ShouldBe(UploadRefusals.TypeMismatch);
        (await Inspect(Png, "photo.png", "application/pdf")).Refusal.ShouldBe(UploadRefusals.TypeMismatch);
        (await Inspect([0x00, 0x01, 0x02, 0xFF], "config.txt")).Refusal.ShouldBe(UploadRefusals.TypeMismatch);
        (await Inspect(Encoding.ASCII.GetBytes("#!/bin/sh\nrm -rf /\n"), "readme.txt")).Refusal.ShouldBe(UploadRefusals.Executable);
        (await Inspect(Png, "photo.png", "application/octet-stream")).Accepted.ShouldBeTrue();
    }

    [Fact]
    public async Task Size_and_the_organisation_quota_are_enforced()
    {
        var o = new UploadOptions { MaxFileBytes = 1000, OrgQuotaBytes = 5000 };
        (await Inspect(new byte[2000], "big.txt", o: o)).Refusal.ShouldBe(UploadRefusals.TooLarge);
        (await Inspect(Pdf, "fits.pdf", used: 4990, o: o)).Refusal.ShouldBe(UploadRefusals.QuotaExceeded);
        (await Inspect(Pdf, "fits.pdf", used: 100, o: o)).Accepted.ShouldBeTrue();
        (await Inspect(new byte[2000], "big.txt", o: o)).ToProblem().ShouldNotBeNull();
    }

    [Fact]
    public async Task Archives_with_programs_escapes_bombs_or_deep_nesting_are_refused()
    {
        (await Inspect(Zip(("docs/readme.txt", "hi"u8.ToArray()), ("setup.exe", Exe)), "bundle.zip")).Refusal.ShouldBe(UploadRefusals.UnsafeArchive);
        (await Inspect(Zip(("docs/readme.txt", "hi"u8.ToArray()), ("invoice.pdf", Exe)), "bundle.zip")).Message.ShouldContain("executable");
        (await Inspect(Zip(("../../etc/cron.d/x", "hi"u8.ToArray())), "bundle.zip")).Message.ShouldContain("outside the archive");
        (await Inspect(Zip(("zeros.txt", new byte[20 * 1024 * 1024])), "bomb.zip")).Message.ShouldContain("zip bomb");
        var inner = Zip(("tool.exe", Exe));
        (await Inspect(Zip(("inner.zip", inner)), "outer.zip")).Message.ShouldContain("tool.exe");
        var deep = Zip(("c.zip", Zip(("b.zip", Zip(("a.txt", "a"u8.ToArray()))))));
        (await Inspect(deep, "deep.zip")).Message.ShouldContain("nests archives");
        (await Inspect([.. "PK\x03\x04"u8, .. new byte[40]], "broken.zip")).Message.ShouldContain("damaged");
        (await Inspect(Zip(("docs/readme.txt", "hi"u8.ToArray()), ("img/rack.png", Png)), "fine.zip")).Accepted.ShouldBeTrue();
    }

    /// <summary>A clamd stand-in: reads zINSTREAM chunks and answers FOUND for the EICAR test string, OK otherwise.</summary>
    private static (TcpListener Listener, Task Serving) FakeClamd()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var serving = Task.Run(async () =>
        {
            while (true)
            {
                using var client = await listener.AcceptTcpClientAsync();
                await using var s = client.GetStream();
                var command = new byte[10];
                await s.ReadExactlyAsync(command);
                Encoding.ASCII.GetString(command).ShouldBe("zINSTREAM\0");
                var received = new MemoryStream();
                var length = new byte[4];
                while (true)
                {
                    await s.ReadExactlyAsync(length);
                    var n = (int)System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(length);
                    if (n == 0) break;
                    var chunk = new byte[n];
                    await s.ReadExactlyAsync(chunk);
                    received.Write(chunk);
                }
                var found = Encoding.ASCII.GetString(received.ToArray()).Contains("EICAR-STANDARD-ANTIVIRUS-TEST-FILE");
                await s.WriteAsync(Encoding.ASCII.GetBytes(found ? "stream: Eicar-Test-Signature FOUND\0" : "stream: OK\0"));
            }
        });
        return (listener, serving);
    }

    [Fact]
    public async Task With_clamd_configured_files_are_scanned_and_refused_when_it_is_down()
    {
        var (listener, _) = FakeClamd();
        try
        {
            var port = ((IPEndPoint)listener.LocalEndpoint).Port;
            var o = new UploadOptions { ClamAv = { Host = "127.0.0.1", Port = port, Timeout = TimeSpan.FromSeconds(5) } };
            (await Inspect(Encoding.ASCII.GetBytes(Eicar), "eicar.txt", o: o)).Refusal.ShouldBe(UploadRefusals.Infected);
            (await Inspect(Encoding.ASCII.GetBytes(Eicar), "eicar.txt", o: o)).Message.ShouldContain("Eicar-Test-Signature");
            (await Inspect(new byte[200_000].Select(_ => (byte)'a').ToArray(), "big.txt", o: o)).Accepted.ShouldBeTrue(); // several chunks
        }
        finally
        {
            listener.Stop();
        }
        // Configured but nothing listening: fail closed.
        var down = new TcpListener(IPAddress.Loopback, 0);
        down.Start();
        var closedPort = ((IPEndPoint)down.LocalEndpoint).Port;
        down.Stop();
        var verdict = await Inspect(Pdf, "contract.pdf", o: new UploadOptions { ClamAv = { Host = "127.0.0.1", Port = closedPort } });
        verdict.Refusal.ShouldBe(UploadRefusals.ScannerUnavailable);
        verdict.Message.ShouldContain("cannot be reached");
    }
}
