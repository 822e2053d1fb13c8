using ClientStor.Api.Platform.Http;
using ClientStor.Api.Platform.Security;

namespace ClientStor.Api.Features.Docs;

/// <summary>
/// Changes a diagram (<c>If-Match</c> required to be current: a stale etag answers 412, so a save made on top of someone
/// else's never overwrites it silently). New XML (with its preview) or a new name adds a revision; the audit row names it.
/// </summary>
public sealed class UpdateDiagramEndpoint(ClientStorDbContext db, DiagramWriter writer, AuditedChanges changes, CurrentOrg org)
    : Endpoint<UpdateDiagramRequest, DiagramResponse>
{
    public override void Configure()
    {
        Patch("docs/diagrams/{diagramId}");
        Group<DocsGroup>();
        this.RequireOrgPermission("docs.write");
        Summary(s => s.Summary = "Update a diagram");
        Description(b => b.WithMetadata(new RequestBodyLimit(DiagramContent.MaxRequestBytes)));
    }

    public override async Task HandleAsync(UpdateDiagramRequest req, CancellationToken ct)
    {
        var diagram = await db.Diagrams.FindInOrgAsync(org.Id, req.DiagramId, ct);
        HttpContext.CheckIfMatch(diagram);
        if (req.FolderId is not null) diagram.FolderId = req.FolderId;
        if (req.ClearFolder == true) diagram.FolderId = null;
        var revision = await writer.ReviseAsync(diagram, req.Name, req.Xml, req.Svg, req.Summary, await writer.CallerAsync(ct), ct);
        await changes.UpdatedAsync(diagram, ct, details: revision is null ? null : new { revision = revision.Number, summary = revision.Summary }, always: revision is not null);
        await Send.ResourceAsync(await writer.ResponseAsync(diagram, ct), ct);
    }
}
