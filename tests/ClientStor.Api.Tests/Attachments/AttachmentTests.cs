using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ClientStor.Api.Platform.Data;
using ClientStor.Api.Platform.Files;
using ClientStor.Tests.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SkiaSharp;

namespace ClientStor.Api.Tests.Attachments;

/// <summary>
/// Files attached to articles, assets and credentials: streamed in and out of PostgreSQL chunks, checked by the upload
/// guard, served as downloads that can never run in the app's origin, thumbnails, search, and the parent's rules.
/// </summary>
public sealed class AttachmentTests(ApiHost api) : IClassFixture<ApiHost>
{
    private static async Task<JsonElement> Json(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        response.IsSuccessStatusCode.ShouldBeTrue($"{(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    private static Task<HttpResponseMessage> Upload(HttpClient client, string parentPath, string fileName, byte[] bytes, string? type = null)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue(type ?? "application/octet-stream");
        return client.PostAsync($"{parentPath}/attachments?fileName={Uri.EscapeDataString(fileName)}", content);
    }

    private async Task<(Guid Org, string Asset)> AssetAsync(HttpClient admin)
    {
        var org = await OrgWorld.CreateOrgAsync(admin, "Files " + Guid.NewGuid().ToString("N")[..6]);
        var asset = await Json(await admin.PostAsJsonAsync($"/api/v1/orgs/{org}/assets", new { type = "server", name = "FS01" }));
        return (org, $"/api/v1/orgs/{org}/assets/{asset.GetProperty("id").GetGuid()}");
    }

    [Fact]
    public async Task A_file_streams_in_and_out_whole_or_by_range_with_its_checksum_and_goes_with_its_parent()
    {
        using var admin = await api.AdminAsync();
        var (org, asset) = await AssetAsync(admin);
        // 2.5 MB of text: three database chunks, the last one partial.
        var bytes = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Range(0, 60_000).Select(i => $"line {i:D6} of the switch config dump\n")));
        bytes.Length.ShouldBeGreaterThan(2 * 1024 * 1024);
        var created = await Upload(admin, asset, "switch-config.log", bytes, "text/plain");
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var attachment = await Json(created);
        var id = attachment.GetProperty("id").GetGuid();
        created.Headers.Location!.ToString().ShouldEndWith($"/attachments/{id}");
        attachment.GetProperty("size").GetInt64().ShouldBe(bytes.Length);
        attachment.GetProperty("sha256").GetString().ShouldBe(Convert.ToHexStringLower(SHA256.HashData(bytes)));
        attachment.GetProperty("contentType").GetString().ShouldBe("text/plain");
        attachment.GetProperty("parentType").GetString().ShouldBe("asset");
        attachment.GetProperty("uploadedByName").GetString().ShouldNotBeNullOrEmpty();

        var list = await Json(await admin.GetAsync($"{asset}/attachments"));
        list.GetProperty("items").EnumerateArray().Select(a => a.GetProperty("fileName").GetString()).ShouldBe(["switch-config.log"]);

        var download = await admin.GetAsync($"{asset}/attachments/{id}/content");
        download.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await download.Content.ReadAsByteArrayAsync()).ShouldBe(bytes);
        download.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment");
        download.Content.Headers.ContentDisposition.FileNameStar.ShouldBe("switch-config.log");
        download.Headers.GetValues("X-Content-Type-Options").Single().ShouldBe("nosniff");
        download.Headers.GetValues("Content-Security-Policy").Single().ShouldContain("sandbox");
        download.Headers.ETag!.Tag.ShouldBe($"\"{attachment.GetProperty("sha256").GetString()}\"");

        // A resumed download: a range across a chunk boundary, and the last bytes.
        var ranged = new HttpRequestMessage(HttpMethod.Get, $"{asset}/attachments/{id}/content");
        ranged.Headers.Range = new RangeHeaderValue(1024 * 1024 - 10, 1024 * 1024 + 9);
        var part = await admin.SendAsync(ranged);
        part.StatusCode.ShouldBe(HttpStatusCode.PartialContent);
        (await part.Content.ReadAsByteArrayAsync()).ShouldBe(bytes[(1024 * 1024 - 10)..(1024 * 1024 + 10)]);
        part.Content.Headers.ContentRange!.ToString().ShouldBe($"bytes {1024 * 1024 - 10}-{1024 * 1024 + 9}/{bytes.Length}");
        var tail = new HttpRequestMessage(HttpMethod.Get, $"{asset}/attachments/{id}/content");
        tail.Headers.Range = new RangeHeaderValue(null, 100);
        (await (await admin.SendAsync(tail)).Content.ReadAsByteArrayAsync()).ShouldBe(bytes[^100..]);
        var beyond = new HttpRequestMessage(HttpMethod.Get, $"{asset}/attachments/{id}/content");
        beyond.Headers.Range = new RangeHeaderValue(bytes.Length + 5, null);
        var unsatisfiable = await admin.SendAsync(beyond);
        unsatisfiable.StatusCode.ShouldBe(HttpStatusCode.RequestedRangeNotSatisfiable, await unsatisfiable.Content.ReadAsStringAsync());

        // The words of a text file are found by global search, naming the asset it is attached to.
        var search = await Json(await admin.GetAsync($"/api/v1/search?q=switch%20config%20dump&types=attachment&orgId={org}"));
        var hit = search.GetProperty("groups")[0].GetProperty("items")[0];
        hit.GetProperty("id").GetGuid().ShouldBe(id);
        hit.GetProperty("parentType").GetString().ShouldBe("asset");
        hit.GetProperty("subtitle").GetString().ShouldBe("Asset · FS01");

        // Deleting the asset takes the attachment and every stored byte with it.
        var fileId = await WithDb(db => db.Set<StoredFile>().Where(f => f.OrgId == org).Select(f => f.Id).SingleAsync());
        (await WithDb(db => db.Set<FileChunk>().CountAsync(c => c.FileId == fileId))).ShouldBe(3);
        // Chunked at 1 MiB when written, the file still reads back right by a store configured for another size (the
        // chunks to read follow from the file's own first chunk).
        foreach (var (from, count) in new[] { (0L, (long)bytes.Length), (1024L * 1024 - 3, 7L), (2L * 1024 * 1024 + 1, 100L) })
        {
            var read = await WithDb(async db =>
            {
                var file = await db.Set<StoredFile>().SingleAsync(f => f.Id == fileId);
                var store = new DatabaseFileStore(db, Microsoft.Extensions.Options.Options.Create(new FileStorageOptions { ChunkBytes = 300_000 }));
                using var copy = new MemoryStream();
                await store.CopyToAsync(file, copy, from, count, CancellationToken.None);
                return copy.ToArray();
            });
            read.ShouldBe(bytes[(int)from..(int)(from + count)]);
        }
        (await admin.DeleteAsync(asset)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await WithDb(db => db.Set<StoredFile>().CountAsync(f => f.Id == fileId))).ShouldBe(0);
        (await WithDb(db => db.Set<FileChunk>().CountAsync(c => c.FileId == fileId))).ShouldBe(0);
    }

    [Fact]
    public async Task Uploads_are_checked_by_the_guard_and_html_or_svg_is_served_so_that_it_cannot_run()
    {
        using var admin = await api.AdminAsync();
        var (_, asset) = await AssetAsync(admin);
        // An executable renamed, a type the extension does not allow, a claim that contradicts the bytes, a path.
        var exe = await Upload(admin, asset, "invoice.pdf", [(byte)'M', (byte)'Z', 0x90, 0, 3, 0, 0, 0]);
        exe.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await exe.Content.ReadAsStringAsync()).ShouldContain("upload-executable");
        (await Upload(admin, asset, "setup.exe", Encoding.ASCII.GetBytes("hello"))).StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await Upload(admin, asset, "photo.png", Encoding.ASCII.GetBytes("not a picture"), "image/png")).StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await Upload(admin, asset, "../../etc/passwd.txt", Encoding.ASCII.GetBytes("x"))).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await admin.PostAsync($"{asset}/attachments", new ByteArrayContent([1]))).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        // HTML and SVG with script are kept (documentation holds such files) but only ever served as downloads in a sandbox.
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script><rect width=\"10\" height=\"10\" onload=\"alert(2)\"/></svg>";
        var stored = await Json(await Upload(admin, asset, "plan.svg", Encoding.UTF8.GetBytes(svg), "image/svg+xml"));
        stored.GetProperty("contentType").GetString().ShouldBe("image/svg+xml");
        stored.GetProperty("hasThumbnail").GetBoolean().ShouldBeFalse();
        var served = await admin.GetAsync($"{asset}/attachments/{stored.GetProperty("id").GetGuid()}/content");
        served.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment");
        var csp = served.Headers.GetValues("Content-Security-Policy").Single();
        csp.ShouldContain("default-src 'none'");
        csp.ShouldContain("sandbox");
        csp.ShouldNotContain("allow-scripts");
        served.Headers.GetValues("X-Content-Type-Options").Single().ShouldBe("nosniff");
        var html = await Json(await Upload(admin, asset, "report.html", Encoding.UTF8.GetBytes("<html><body onload=alert(1)>x</body></html>")));
        html.GetProperty("contentType").GetString().ShouldBe("text/html");
    }

    [Fact]
    public async Task Images_get_a_small_webp_thumbnail()
    {
        using var admin = await api.AdminAsync();
        var (_, asset) = await AssetAsync(admin);
        using var bitmap = new SKBitmap(1600, 900);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.SteelBlue);
            canvas.DrawCircle(800, 450, 300, new SKPaint { Color = SKColors.Orange });
        }
        using var png = SKImage.FromBitmap(bitmap).Encode(SKEncodedImageFormat.Png, 100);
        var photo = await Json(await Upload(admin, asset, "rack-front.png", png.ToArray(), "image/png"));
        photo.GetProperty("hasThumbnail").GetBoolean().ShouldBeTrue();
        photo.GetProperty("width").GetInt32().ShouldBe(1600);
        photo.GetProperty("height").GetInt32().ShouldBe(900);
        var thumbnail = await admin.GetAsync($"{asset}/attachments/{photo.GetProperty("id").GetGuid()}/thumbnail");
        thumbnail.StatusCode.ShouldBe(HttpStatusCode.OK);
        thumbnail.Content.Headers.ContentType!.MediaType.ShouldBe("image/webp");
        using var decoded = SKBitmap.Decode(await thumbnail.Content.ReadAsByteArrayAsync());
        (decoded.Width, decoded.Height).ShouldBe((320, 180));
        decoded.GetPixel(160, 90).Red.ShouldBeGreaterThan((byte)200); // the orange circle's centre

        var text = await Json(await Upload(admin, asset, "readme.txt", Encoding.UTF8.GetBytes("no picture")));
        (await admin.GetAsync($"{asset}/attachments/{text.GetProperty("id").GetGuid()}/thumbnail")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_credentials_files_are_secret_an_articles_follow_docs_permissions_and_another_orgs_are_not_found()
    {
        using var admin = await api.AdminAsync();
        var (org, asset) = await AssetAsync(admin);
        var credential = await Json(await admin.PostAsJsonAsync($"/api/v1/orgs/{org}/vault/credentials", new { name = "VPN", username = "ops", password = "pw-" + Guid.NewGuid() }));
        var c = $"/api/v1/orgs/{org}/vault/credentials/{credential.GetProperty("id").GetGuid()}";
        var key = await Json(await Upload(admin, c, "client.ovpn", Encoding.UTF8.GetBytes("client\ndev tun\n<key>secret</key>\n")));
        var keyId = key.GetProperty("id").GetGuid();
        (await admin.GetAsync($"{c}/attachments/{keyId}/content")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var audit = await Json(await admin.GetAsync($"/api/v1/audit?orgId={org}&action=credential.attachment_downloaded"));
        audit.GetProperty("items").GetArrayLength().ShouldBe(1);

        // A technician reads credential metadata and reveals secrets; a read-only member sees the file but cannot download it.
        var roles = await Json(await admin.GetAsync($"/api/v1/orgs/{org}/roles"));
        Guid Role(string name) => roles.GetProperty("items").EnumerateArray().First(r => r.GetProperty("name").GetString() == name).GetProperty("id").GetGuid();
        var email = $"viewer-{Guid.NewGuid():N}@clientstor.test";
        await api.CreateUserAsync(email, "viewer passphrase long enough");
        (await admin.PostAsJsonAsync($"/api/v1/orgs/{org}/members", new { email, roleIds = new[] { Role("Read-only") } })).EnsureSuccessStatusCode();
        using var viewer = api.ClientWith(await api.SignInAsync(email, "viewer passphrase long enough"));
        (await viewer.GetAsync($"{c}/attachments")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await viewer.GetAsync($"{c}/attachments/{keyId}/content")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await Upload(viewer, asset, "notes.txt", Encoding.UTF8.GetBytes("x"))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        // The same attachment id under another parent, or from another organisation, is not found.
        (await admin.GetAsync($"{asset}/attachments/{keyId}/content")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var other = await OrgWorld.CreateOrgAsync(admin, "Other " + Guid.NewGuid().ToString("N")[..6]);
        (await admin.GetAsync(c.Replace(org.ToString(), other.ToString()) + $"/attachments/{keyId}/content")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // Deleting needs the current etag.
        var stale = new HttpRequestMessage(HttpMethod.Delete, $"{c}/attachments/{keyId}");
        stale.Headers.IfMatch.Add(new EntityTagHeaderValue("\"999\""));
        (await admin.SendAsync(stale)).StatusCode.ShouldBe(HttpStatusCode.PreconditionFailed);
        (await admin.DeleteAsync($"{c}/attachments/{keyId}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await admin.GetAsync($"{c}/attachments/{keyId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    private async Task<T> WithDb<T>(Func<ClientStorDbContext, Task<T>> query)
    {
        await using var scope = api.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<ClientStorDbContext>());
    }
}
