namespace ClientStor.Api.Features.Docs;

public sealed class DeleteDiagramRequest
{
    [RouteParam] public Guid DiagramId { get; set; }
}

/// <summary>Deletes a diagram with its revisions (the audit row keeps its name). Articles embedding it then show a missing image.</summary>
public sealed class DeleteDiagramEndpoint(ClientStorDbContext db, AuditedChanges changes, CurrentOrg org) : Endpoint<DeleteDiagramRequest>
{
    public override void Configure()
    {
        Delete("docs/diagrams/{diagramId}");
        Group<DocsGroup>();
        this.RequireOrgPermission("docs.write");
        Summary(s => s.Summary = "Delete a diagram");
        Description(b => b.Produces(204));
    }

    public override async Task HandleAsync(DeleteDiagramRequest req, CancellationToken ct)
    {
        await changes.DeleteInOrgAsync(db.Diagrams, org.Id, req.DiagramId, ct);
        await Send.NoContentAsync(ct);
    }
}
