using ClientStor.Api.Platform.Files;

namespace ClientStor.Api.Features.Attachments;

/// <summary>
/// The file's bytes, streamed, as a download (<c>Content-Disposition: attachment</c>, <c>X-Content-Type-Options: nosniff</c>,
/// a sandboxing Content-Security-Policy), with its SHA-256 as the ETag and one byte range (<c>Range</c>) for resuming.
/// A credential's files are secret material: they need <c>vault.reveal</c> and a recent re-authentication, and every
/// download is recorded in the audit log.
/// </summary>
public abstract class DownloadAttachmentEndpoint(ClientStorDbContext db, FileDownloads downloads, AuditLog audit, CurrentOrg org, AttachmentParent parent)
    : Endpoint<AttachmentRequest>
{
    public override void Configure()
    {
        Get(parent.Route + "/attachments/{attachmentId}/content");
        Group<AttachmentsGroup>();
        this.RequireOrgPermission(parent.Download);
        if (parent.SecretContent)
            this.RequireFreshReauth();
        Summary(s => s.Summary = $"Download a file attached to an {parent.Display}");
        Description(b => b.WithMetadata(new FileDownloadResponse(), new ProblemResponses(416)));
    }

    public override async Task HandleAsync(AttachmentRequest req, CancellationToken ct)
    {
        var (attachment, file) = await AttachmentLookup.FindWithFileAsync(db, org.Id, parent, Route<Guid>(parent.RouteParam), req.AttachmentId, ct);
        if (parent.SecretContent)
            await audit.SaveAsync(new AuditEntry(AuditCategories.Vault, "credential.attachment_downloaded")
            {
                OrgId = org.Id, TargetType = "credential", TargetId = attachment.ParentId.ToString(),
                Details = new { attachmentId = attachment.Id, fileName = attachment.FileName, range = HttpContext.Request.Headers.Range.ToString() is { Length: > 0 } r ? r : null },
            }, ct);
        await downloads.SendAsync(HttpContext, file, attachment.FileName, ct);
    }
}

public sealed class DownloadArticleAttachmentEndpoint(ClientStorDbContext db, FileDownloads downloads, AuditLog audit, CurrentOrg org)
    : DownloadAttachmentEndpoint(db, downloads, audit, org, AttachmentParent.Article);

public sealed class DownloadAssetAttachmentEndpoint(ClientStorDbContext db, FileDownloads downloads, AuditLog audit, CurrentOrg org)
    : DownloadAttachmentEndpoint(db, downloads, audit, org, AttachmentParent.Asset);

public sealed class DownloadCredentialAttachmentEndpoint(ClientStorDbContext db, FileDownloads downloads, AuditLog audit, CurrentOrg org)
    : DownloadAttachmentEndpoint(db, downloads, audit, org, AttachmentParent.Credential);
