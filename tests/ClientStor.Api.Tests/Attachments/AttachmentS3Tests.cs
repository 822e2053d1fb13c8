using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;
using ClientStor.Api.Platform.Data;
using ClientStor.Api.Platform.Files;
using ClientStor.Tests.Shared;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClientStor.Api.Tests.Attachments;

/// <summary>
/// The API configured for the S3-compatible store, against s3rver (an S3 implementation from npm, started here on
/// loopback with signature checking on): files go in as objects, come back whole and by range, and objects of deleted
/// files — directly or through their parent — are queued and swept.
/// </summary>
public sealed class AttachmentS3Tests(AttachmentS3Tests.S3Host api) : IClassFixture<AttachmentS3Tests.S3Host>
{
    public const string Bucket = "clientstor-files";

    public sealed class S3Host : ApiHost, IAsyncLifetime
    {
        private Process? s3rver;
        private string directory = "";
        public string ServiceUrl { get; private set; } = "";

        async Task IAsyncLifetime.InitializeAsync()
        {
            var port = LoopbackService.FreePort();
            directory = Directory.CreateTempSubdirectory("clientstor-s3rver-").FullName;
            ServiceUrl = $"http://127.0.0.1:{port}";
            s3rver = await LoopbackService.StartAsync("node",
                [S3rverScript(), "-d", directory, "-a", "127.0.0.1", "-p", port.ToString(), "--silent", "--no-vhost-buckets", "--configure-bucket", Bucket], port);
            await InitializeAsync();
        }

        async Task IAsyncLifetime.DisposeAsync()
        {
            await DisposeAsync();
            s3rver?.Kill(entireProcessTree: true);
            if (directory.Length > 0)
                Directory.Delete(directory, recursive: true);
        }

        protected override void Configure(WebApplicationBuilder builder)
        {
            builder.Configuration["ClientStor:Files:Store"] = "s3";
            builder.Configuration["ClientStor:Files:S3:ServiceUrl"] = ServiceUrl;
            builder.Configuration["ClientStor:Files:S3:Bucket"] = Bucket;
            builder.Configuration["ClientStor:Files:S3:AccessKey"] = "S3RVER";
            builder.Configuration["ClientStor:Files:S3:SecretKey"] = "S3RVER";
            builder.Configuration["ClientStor:Files:SweepInterval"] = "01:00:00"; // the test sweeps itself
        }

        /// <summary>The repository's node_modules (npm test installs it): s3rver's command line script.</summary>
        private static string S3rverScript()
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "node_modules", "s3rver", "bin", "s3rver.js")))
                    return Path.Combine(dir.FullName, "node_modules", "s3rver", "bin", "s3rver.js");
            throw new InvalidOperationException("node_modules/s3rver is missing: run 'npm install' at the repository root (npm test does).");
        }

        public AmazonS3Client Client() => new(new BasicAWSCredentials("S3RVER", "S3RVER"),
            new AmazonS3Config { ServiceURL = ServiceUrl, ForcePathStyle = true, AuthenticationRegion = "us-east-1" });
    }

    private static async Task<JsonElement> Json(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        response.IsSuccessStatusCode.ShouldBeTrue($"{(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    private async Task<List<string>> KeysAsync()
    {
        using var s3 = api.Client();
        return [.. (await s3.ListObjectsV2Async(new ListObjectsV2Request { BucketName = Bucket })).S3Objects?.Select(o => o.Key) ?? []];
    }

    [Fact]
    public async Task Files_live_in_the_bucket_come_back_whole_or_by_range_and_deleted_ones_are_swept()
    {
        using var admin = await api.AdminAsync();
        var org = await OrgWorld.CreateOrgAsync(admin, "S3 " + Guid.NewGuid().ToString("N")[..6]);
        var asset = $"/api/v1/orgs/{org}/assets/{(await Json(await admin.PostAsJsonAsync($"/api/v1/orgs/{org}/assets", new { type = "server", name = "NAS01" }))).GetProperty("id").GetGuid()}";
        var bytes = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Range(0, 40_000).Select(i => $"share {i} quota ok\n")));
        async Task<Guid> UploadAsync(string name)
        {
            var content = new ByteArrayContent(bytes);
            content.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
            return (await Json(await admin.PostAsync($"{asset}/attachments?fileName={name}", content))).GetProperty("id").GetGuid();
        }
        var first = await UploadAsync("quota-report.txt");
        var second = await UploadAsync("quota-report-2.txt");

        var keys = await KeysAsync();
        keys.Count.ShouldBe(2);
        keys.ShouldAllBe(k => k.StartsWith($"clientstor/{org:N}/", StringComparison.Ordinal));
        (await WithDb(db => db.Set<FileChunk>().CountAsync())).ShouldBe(0); // nothing in the database store

        (await (await admin.GetAsync($"{asset}/attachments/{first}/content")).Content.ReadAsByteArrayAsync()).ShouldBe(bytes);
        var ranged = new HttpRequestMessage(HttpMethod.Get, $"{asset}/attachments/{first}/content");
        ranged.Headers.Range = new RangeHeaderValue(1000, 1999);
        var part = await admin.SendAsync(ranged);
        part.StatusCode.ShouldBe(HttpStatusCode.PartialContent);
        (await part.Content.ReadAsByteArrayAsync()).ShouldBe(bytes[1000..2000]);

        // One deleted directly, the other with its asset: both objects are queued, and one sweep removes them.
        (await admin.DeleteAsync($"{asset}/attachments/{first}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await admin.DeleteAsync(asset)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await WithDb(db => db.Set<FileObjectDeletion>().CountAsync())).ShouldBe(2);
        (await FileObjectSweeper.SweepAsync(api.Services.GetRequiredService<IServiceScopeFactory>(), CancellationToken.None)).ShouldBe(2);
        (await KeysAsync()).ShouldBeEmpty();
        (await WithDb(db => db.Set<FileObjectDeletion>().CountAsync())).ShouldBe(0);
        second.ShouldNotBe(first);
    }

    private async Task<T> WithDb<T>(Func<ClientStorDbContext, Task<T>> query)
    {
        await using var scope = api.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<ClientStorDbContext>());
    }
}
