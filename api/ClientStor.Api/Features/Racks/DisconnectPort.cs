using ClientStor.Api.Platform.Http;

namespace ClientStor.Api.Features.Racks;

public sealed class PortRequest
{
    [RouteParam] public Guid PanelId { get; set; }
    [RouteParam] public int Number { get; set; }
}

/// <summary>Removes a port's connection (both ends of a port-to-port patch). <c>If-Match</c>: the port's etag.</summary>
public sealed class DisconnectPortEndpoint(ClientStorDbContext db, AuditedChanges changes, CurrentOrg org) : Endpoint<PortRequest>
{
    public override void Configure()
    {
        Delete("patch-panels/{panelId}/ports/{number}/connection");
        Group<RacksGroup>();
        this.RequireOrgPermission("assets.write");
        Summary(s => s.Summary = "Disconnect a patch port");
        Description(b => b.Produces(204));
    }

    public override async Task HandleAsync(PortRequest req, CancellationToken ct)
    {
        var port = await db.PatchPorts.FindPortAsync(org.Id, req.PanelId, req.Number, ct);
        HttpContext.CheckIfMatch(port);
        if (port.ConnectedPortId is { } otherId && await db.PatchPorts.FirstOrDefaultAsync(p => p.Id == otherId, ct) is { } other)
            other.ConnectedPortId = null;
        port.ConnectedPortId = null;
        port.ConnectedInterfaceId = null;
        await changes.UpdatedAsync(port, ct, action: "disconnected", details: new { panelId = port.PanelId, port.Number });
        await Send.NoContentAsync(ct);
    }
}
