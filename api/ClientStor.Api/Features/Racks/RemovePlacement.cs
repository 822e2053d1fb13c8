using ClientStor.Api.Platform.Auditing;
using ClientStor.Api.Platform.Authorization;
using ClientStor.Api.Platform.Data;
using ClientStor.Api.Platform.Http;
using ClientStor.Api.Platform.Tenancy;
using FastEndpoints;

namespace ClientStor.Api.Features.Racks;

public sealed class PlacementRequest
{
    [RouteParam] public Guid RackId { get; set; }
    [RouteParam] public Guid PlacementId { get; set; }
}

/// <summary>Unmounts an asset from a rack (<c>If-Match</c>: the placement's etag).</summary>
public sealed class RemovePlacementEndpoint(ClientStorDbContext db, AuditedChanges changes, CurrentOrg org) : Endpoint<PlacementRequest>
{
    public override void Configure()
    {
        Delete("racks/{rackId}/placements/{placementId}");
        Group<RacksGroup>();
        this.RequireOrgPermission("assets.write");
        Summary(s => s.Summary = "Unmount an asset");
        Description(b => b.Produces(204));
    }

    public override async Task HandleAsync(PlacementRequest req, CancellationToken ct)
    {
        var rack = await db.Racks.FindInOrgAsync(org.Id, req.RackId, ct);
        var placement = await db.RackPlacements.Where(p => p.RackId == rack.Id).FindInOrgAsync(org.Id, req.PlacementId, ct);
        HttpContext.CheckIfMatch(placement);
        db.RackPlacements.Remove(placement);
        await changes.RecordAsync(rack, "asset_removed", ct, details: new { placement.AssetId, placement.PositionU });
        await Send.NoContentAsync(ct);
    }
}
