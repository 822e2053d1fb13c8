using ClientStor.Api.Platform.Security;

namespace ClientStor.Api.Features.Docs;

/// <summary>Creates a diagram and its first revision (an empty page unless the XML and its preview are sent).</summary>
public sealed class CreateDiagramEndpoint(DiagramWriter writer, AuditedChanges changes, CurrentOrg org) : Endpoint<CreateDiagramRequest, DiagramResponse>
{
    public override void Configure()
    {
        Post("docs/diagrams");
        Group<DocsGroup>();
        this.RequireOrgPermission("docs.write");
        Summary(s => s.Summary = "Create a diagram");
        Description(b => b.Produces<DiagramResponse>(201).WithMetadata(new RequestBodyLimit(DiagramContent.MaxRequestBytes)));
    }

    public override async Task HandleAsync(CreateDiagramRequest req, CancellationToken ct)
    {
        var author = await writer.CallerAsync(ct);
        var now = DateTimeOffset.UtcNow;
        var diagram = new Diagram { Id = Guid.CreateVersion7(), OrgId = org.Id, FolderId = req.FolderId, CreatedById = author.Id, UpdatedById = author.Id, CreatedAt = now, UpdatedAt = now };
        await writer.ReviseAsync(diagram, req.Name, req.Xml, req.Svg, req.Summary ?? "Created", author, ct);
        await changes.CreatedAsync(diagram, ct, details: new { revision = diagram.Revision });
        await Send.CreatedAsync(diagram.Id, await writer.ResponseAsync(diagram, ct), ct);
    }
}
