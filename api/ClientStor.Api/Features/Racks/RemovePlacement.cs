using ClientStor.Api.Platform.Http;

namespace ClientStor.Api.Features.Racks;

/// <summary>Unmounts an asset from a rack (<c>If-Match</c>: the placement's etag).</summary>
public sealed class RemovePlacementEndpoint(ClientStorDbContext db, AuditedChanges changes, CurrentOrg org) : EndpointWithoutRequest
{
    public override void Configure()
    {
        Delete("racks/{rackId}/placements/{placementId}");
        Group<RacksGroup>();
        this.RequireOrgPermission("assets.write");
        Summary(s => s.Summary = "Unmount an asset");
        Description(b => b.Produces(204));
    }

    public override async Task HandleAsync(CancellationToken ct)
    {
        // Route ids read directly: a malformed one is a 400 like any binding error.
        var rack = await db.Racks.FindInOrgAsync(org.Id, Route<Guid>("rackId"), ct);
        var placement = await db.RackPlacements.Where(p => p.RackId == rack.Id).FindInOrgAsync(org.Id, Route<Guid>("placementId"), ct);
        HttpContext.CheckIfMatch(placement);
        db.RackPlacements.Remove(placement);
        await changes.RecordAsync(rack, "asset_removed", ct, details: new { placement.AssetId, placement.PositionU });
        await Send.NoContentAsync(ct);
    }
}
