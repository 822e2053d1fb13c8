using System.Security.Cryptography;
using System.Text;
using ClientStor.Api.Features.Attachments;
using ClientStor.Api.Platform.Uploads;
using SkiaSharp;

namespace ClientStor.Api.Seeding;

/// <summary>
/// Files for the demo clients, written through <see cref="AttachmentWriter"/> like an upload: a photo of the server
/// rack (a PNG drawn here, so the thumbnail shows), the firewall's exported rules, a backup report on the runbook, a VPN
/// profile on a credential. Known-good bytes made by the seed itself, so the upload guard has nothing to inspect.
/// </summary>
public sealed class DemoAttachments(AttachmentWriter writer)
{
    private static readonly Uploader Seed = new(null, "ClientStor demo");

    public async Task<int> SeedAsync(Guid orgId, string client, Guid? server, Guid? firewall, Guid? credential, Guid runbook, CancellationToken ct)
    {
        var written = 0;
        async Task Attach(AttachmentParent parent, Guid? parentId, string fileName, byte[] bytes, string type)
        {
            if (parentId is not { } id)
                return;
            using var content = new MemoryStream(bytes, writable: false);
            if (await writer.AddAsync(parent, orgId, id, fileName, content, Convert.ToHexStringLower(SHA256.HashData(bytes)),
                UploadGuard.Accept(fileName, type), Seed, ct) is not null)
                written++;
        }
        await Attach(AttachmentParent.Asset, server, "rack-front.png", RackPhoto(), "image/png");
        await Attach(AttachmentParent.Asset, firewall, "firewall-rules-export.txt", Encoding.UTF8.GetBytes($"""
            # {client} firewall rules, exported {DateTime.UtcNow:yyyy-MM-dd}
            10  allow  VLAN20 -> VLAN10  tcp/445,3389,443
            20  allow  VLAN99 -> any     tcp/22,443   (management)
            30  allow  WAN    -> FW      udp/51820    (WireGuard VPN)
            40  allow  WAN    -> MAIL    tcp/25       (mail relay)
            999 deny   any    -> any     log
            """), "text/plain");
        await Attach(AttachmentParent.Article, runbook, "backup-report.csv", Encoding.UTF8.GetBytes("""
            job,started,finished,result,size_gb
            FS01 nightly,02:00,02:41,success,182.4
            SQL01 nightly,02:15,02:33,success,64.9
            Offsite copy,03:00,04:12,warning: slow link,247.3
            """), "text/plain");
        await Attach(AttachmentParent.Credential, credential, "vpn-client.ovpn", Encoding.UTF8.GetBytes($"""
            client
            dev tun
            proto udp
            remote vpn.{client.ToLowerInvariant().Replace(' ', '-')}.example 1194
            resolv-retry infinite
            nobind
            """), "text/plain");
        return written;
    }

    /// <summary>A 1200 × 800 picture of a rack: a frame, a patch panel, a switch with port lights, two servers, a UPS.</summary>
    private static byte[] RackPhoto()
    {
        using var bitmap = new SKBitmap(1200, 800);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(new SKColor(0x2B, 0x2F, 0x36));
            using var frame = new SKPaint { Color = new SKColor(0x11, 0x13, 0x17) };
            canvas.DrawRect(350, 40, 500, 720, frame);
            void Unit(float y, float height, SKColor color, int lights)
            {
                using var paint = new SKPaint { Color = color };
                canvas.DrawRect(370, y, 460, height, paint);
                using var light = new SKPaint { Color = SKColors.LimeGreen };
                for (var i = 0; i < lights; i++)
                    canvas.DrawCircle(400 + i * 16, y + height / 2, 4, light);
            }
            Unit(70, 40, new SKColor(0xB0, 0xB4, 0xBA), 0);
            Unit(120, 40, new SKColor(0x25, 0x63, 0xEB), 24);
            Unit(190, 80, new SKColor(0x47, 0x55, 0x69), 3);
            Unit(280, 80, new SKColor(0x47, 0x55, 0x69), 3);
            Unit(620, 110, new SKColor(0x1F, 0x29, 0x37), 1);
        }
        using var image = SKImage.FromBitmap(bitmap);
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        return png.ToArray();
    }
}
