namespace ClientStor.Api.Features.Attachments;

/// <summary>Removes an attached file (its bytes go with it; the audit row keeps its name, size and checksum).</summary>
public abstract class DeleteAttachmentEndpoint(ClientStorDbContext db, AuditedChanges changes, CurrentOrg org, AttachmentParent parent) : Endpoint<AttachmentRequest>
{
    public override void Configure()
    {
        Delete(parent.Route + "/attachments/{attachmentId}");
        Group<AttachmentsGroup>();
        this.RequireOrgPermission(parent.Write);
        Summary(s => s.Summary = $"Delete a file attached to an {parent.Display}");
        Description(b => b.Produces(204));
    }

    public override async Task HandleAsync(AttachmentRequest req, CancellationToken ct)
    {
        var attachment = await AttachmentLookup.FindAsync(db, org.Id, parent, Route<Guid>(parent.RouteParam), req.AttachmentId, ct, tracked: true);
        Platform.Http.ETags.CheckIfMatch(HttpContext, attachment);
        await changes.DeletedAsync(attachment, ct, details: new { parentType = parent.Type, parentId = attachment.ParentId });
        await Send.NoContentAsync(ct);
    }
}

public sealed class DeleteArticleAttachmentEndpoint(ClientStorDbContext db, AuditedChanges changes, CurrentOrg org) : DeleteAttachmentEndpoint(db, changes, org, AttachmentParent.Article);

public sealed class DeleteAssetAttachmentEndpoint(ClientStorDbContext db, AuditedChanges changes, CurrentOrg org) : DeleteAttachmentEndpoint(db, changes, org, AttachmentParent.Asset);

public sealed class DeleteCredentialAttachmentEndpoint(ClientStorDbContext db, AuditedChanges changes, CurrentOrg org) : DeleteAttachmentEndpoint(db, changes, org, AttachmentParent.Credential);
