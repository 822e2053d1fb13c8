using ClientStor.Api.Platform.Files;

namespace ClientStor.Api.Features.Attachments;

public sealed class AttachmentRequest
{
    [RouteParam] public Guid AttachmentId { get; set; }
}

/// <summary>One attached file's name, type, size, checksum and uploader.</summary>
public abstract class GetAttachmentEndpoint(ClientStorDbContext db, CurrentOrg org, AttachmentParent parent) : Endpoint<AttachmentRequest, AttachmentResponse>
{
    public override void Configure()
    {
        Get(parent.Route + "/attachments/{attachmentId}");
        Group<AttachmentsGroup>();
        this.RequireOrgPermission(parent.Read);
        Summary(s => s.Summary = $"Get a file attached to an {parent.Display}");
    }

    public override async Task HandleAsync(AttachmentRequest req, CancellationToken ct)
    {
        var attachment = await AttachmentLookup.FindAsync(db, org.Id, parent, Route<Guid>(parent.RouteParam), req.AttachmentId, ct);
        await Send.ResourceAsync(attachment.ToResponse(), ct);
    }
}

public sealed class GetArticleAttachmentEndpoint(ClientStorDbContext db, CurrentOrg org) : GetAttachmentEndpoint(db, org, AttachmentParent.Article);

public sealed class GetAssetAttachmentEndpoint(ClientStorDbContext db, CurrentOrg org) : GetAttachmentEndpoint(db, org, AttachmentParent.Asset);

public sealed class GetCredentialAttachmentEndpoint(ClientStorDbContext db, CurrentOrg org) : GetAttachmentEndpoint(db, org, AttachmentParent.Credential);

/// <summary>An attachment of the parent named in the route (both in the organisation), or 404.</summary>
internal static class AttachmentLookup
{
    public static async Task<Attachment> FindAsync(ClientStorDbContext db, Guid orgId, AttachmentParent parent, Guid parentId, Guid attachmentId, CancellationToken ct,
        bool tracked = false)
    {
        var rows = parent.Of(tracked ? db.Attachments : db.Attachments.AsNoTracking(), orgId, parentId).Where(a => a.Id == attachmentId);
        return await (tracked ? rows : rows.WithoutContent()).FirstOrDefaultAsync(ct) ?? throw new NotFoundException(ResourceInfo.Of<Attachment>().Title);
    }

    /// <summary>The attachment with its stored file, in one statement (downloads).</summary>
    public static async Task<(Attachment Attachment, StoredFile File)> FindWithFileAsync(ClientStorDbContext db, Guid orgId, AttachmentParent parent, Guid parentId,
        Guid attachmentId, CancellationToken ct)
    {
        var row = await parent.Of(db.Attachments.AsNoTracking(), orgId, parentId).Where(a => a.Id == attachmentId).WithoutContent()
            .Join(db.Set<StoredFile>().AsNoTracking(), a => a.FileId, f => f.Id, (a, f) => new { Attachment = a, File = f })
            .FirstOrDefaultAsync(ct) ?? throw new NotFoundException(ResourceInfo.Of<Attachment>().Title);
        return (row.Attachment, row.File);
    }
}
