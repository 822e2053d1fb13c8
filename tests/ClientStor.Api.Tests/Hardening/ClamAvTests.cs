using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ClientStor.Tests.Shared;
using Microsoft.AspNetCore.Builder;

namespace ClientStor.Api.Tests.Hardening;

/// <summary>
/// Uploads scanned by a real clamd (Debian's clamav-daemon, which the test script installs), started here on loopback
/// with a signature database of our own (the EICAR test file; the public databases would need a download): an
/// infected attachment is refused, a clean one kept, and with clamd gone every upload is refused (fail closed).
/// </summary>
public sealed class ClamAvTests(ClamAvTests.ClamdHost api) : IClassFixture<ClamAvTests.ClamdHost>
{
    public const string Eicar = @"X5O!P%@AP[4\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*";

    public sealed class ClamdHost : ApiHost, IAsyncLifetime
    {
        public Process? Clamd { get; private set; }
        private string directory = "";
        private int port;

        async Task IAsyncLifetime.InitializeAsync()
        {
            const string binary = "/usr/sbin/clamd";
            if (!File.Exists(binary))
                throw new InvalidOperationException("clamd is missing: npm test installs Debian's clamav-daemon (apt-get install clamav-daemon).");
            port = LoopbackService.FreePort();
            directory = Directory.CreateTempSubdirectory("clientstor-clamd-").FullName;
            Directory.CreateDirectory(Path.Combine(directory, "db"));
            // A body signature: the EICAR string anywhere in a scanned file.
            await File.WriteAllTextAsync(Path.Combine(directory, "db", "clientstor-test.ndb"),
                $"ClientStor-Test.Eicar:0:*:{Convert.ToHexStringLower(Encoding.ASCII.GetBytes(Eicar))}\n");
            var config = Path.Combine(directory, "clamd.conf");
            await File.WriteAllTextAsync(config, $"""
                Foreground true
                DatabaseDirectory {directory}/db
                TCPSocket {port}
                TCPAddr 127.0.0.1
                StreamMaxLength 300M
                MaxFileSize 300M
                MaxScanSize 300M
                LogFile {directory}/clamd.log

                """);
            Clamd = await LoopbackService.StartAsync(binary, ["-c", config], port);
            await InitializeAsync();
        }

        async Task IAsyncLifetime.DisposeAsync()
        {
            await DisposeAsync();
            if (Clamd is { HasExited: false })
                Clamd.Kill(entireProcessTree: true);
            if (directory.Length > 0)
                Directory.Delete(directory, recursive: true);
        }

        protected override void Configure(WebApplicationBuilder builder)
        {
            builder.Configuration["ClientStor:Uploads:ClamAv:Host"] = "127.0.0.1";
            builder.Configuration["ClientStor:Uploads:ClamAv:Port"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture);
            builder.Configuration["ClientStor:Uploads:ClamAv:Timeout"] = "00:00:10";
        }
    }

    [Fact]
    public async Task Clamd_refuses_an_infected_upload_keeps_a_clean_one_and_when_gone_every_upload_is_refused()
    {
        using var admin = await api.AdminAsync();
        var org = await OrgWorld.CreateOrgAsync(admin, "Scanned " + Guid.NewGuid().ToString("N")[..6]);
        var asset = (await (await admin.PostAsJsonAsync($"/api/v1/orgs/{org}/assets", new { type = "server", name = "FS01" })).Content.ReadFromJsonAsync<JsonElement>())
            .GetProperty("id").GetGuid();
        async Task<HttpResponseMessage> Upload(string name, string text)
        {
            var content = new ByteArrayContent(Encoding.ASCII.GetBytes(text));
            content.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
            return await admin.PostAsync($"/api/v1/orgs/{org}/assets/{asset}/attachments?fileName={name}", content);
        }

        var infected = await Upload("notes.txt", "Meeting notes\n" + Eicar + "\nend\n");
        var problem = await infected.Content.ReadAsStringAsync();
        infected.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity, problem);
        problem.ShouldContain("upload-infected");
        problem.ShouldContain("ClientStor-Test.Eicar");
        (await Upload("clean.txt", "Nothing to see here.\n")).StatusCode.ShouldBe(HttpStatusCode.Created);
        var listed = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/orgs/{org}/assets/{asset}/attachments");
        listed.GetProperty("items").EnumerateArray().Select(a => a.GetProperty("fileName").GetString()).ShouldBe(["clean.txt"]);

        // The scanner stops: nothing unscanned gets in.
        api.Clamd!.Kill(entireProcessTree: true);
        await api.Clamd.WaitForExitAsync();
        var refused = await Upload("later.txt", "Scanned? No.\n");
        refused.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable, await refused.Content.ReadAsStringAsync());
        (await refused.Content.ReadAsStringAsync()).ShouldContain("upload-scanner-unavailable");
    }
}
