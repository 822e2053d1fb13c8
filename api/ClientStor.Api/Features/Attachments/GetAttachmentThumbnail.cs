using ClientStor.Api.Platform.Files;

namespace ClientStor.Api.Features.Attachments;

/// <summary>
/// A small preview (WebP, at most 320 pixels a side) of an attached image; 404 for files without one. Served with the
/// same <c>nosniff</c> and sandboxing policy as downloads, inline so an <c>img</c> can show it.
/// </summary>
public abstract class GetAttachmentThumbnailEndpoint(ClientStorDbContext db, CurrentOrg org, AttachmentParent parent) : Endpoint<AttachmentRequest>
{
    public override void Configure()
    {
        Get(parent.Route + "/attachments/{attachmentId}/thumbnail");
        Group<AttachmentsGroup>();
        // A credential's images are previews of secret material too: the same permission as their download.
        this.RequireOrgPermission(parent.Download);
        if (parent.SecretContent)
            this.RequireFreshReauth();
        Summary(s => s.Summary = $"Get the thumbnail of an image attached to an {parent.Display}");
        Description(b => b.WithMetadata(new FileDownloadResponse("image/webp")));
    }

    public override async Task HandleAsync(AttachmentRequest req, CancellationToken ct)
    {
        var parentId = Route<Guid>(parent.RouteParam);
        var thumbnail = await parent.Of(db.Attachments.AsNoTracking(), org.Id, parentId).Where(a => a.Id == req.AttachmentId)
            .Select(a => new { a.Thumbnail, a.Sha256 }).FirstOrDefaultAsync(ct);
        if (thumbnail?.Thumbnail is not { } bytes)
            throw new NotFoundException(thumbnail is null ? ResourceInfo.Of<Attachment>().Title : "The thumbnail");
        var headers = HttpContext.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.ContentSecurityPolicy = FileDownloads.SandboxPolicy;
        headers.ContentDisposition = "inline; filename=\"thumbnail.webp\"";
        headers.CacheControl = "private, max-age=3600";
        headers.ETag = $"\"t-{thumbnail.Sha256}\"";
        await Send.BytesAsync(bytes, contentType: "image/webp", cancellation: ct);
    }
}

public sealed class GetArticleAttachmentThumbnailEndpoint(ClientStorDbContext db, CurrentOrg org) : GetAttachmentThumbnailEndpoint(db, org, AttachmentParent.Article);

public sealed class GetAssetAttachmentThumbnailEndpoint(ClientStorDbContext db, CurrentOrg org) : GetAttachmentThumbnailEndpoint(db, org, AttachmentParent.Asset);

public sealed class GetCredentialAttachmentThumbnailEndpoint(ClientStorDbContext db, CurrentOrg org) : GetAttachmentThumbnailEndpoint(db, org, AttachmentParent.Credential);
