using ClientStor.Api.Features.Assets;

namespace ClientStor.Api.Features.Racks;

public sealed class PlaceAssetRequest
{
    [RouteParam] public Guid RackId { get; set; }
    [References<Asset>] public Guid AssetId { get; set; }
    /// <summary>Lowest unit the asset occupies (1 = bottom).</summary>
    public int PositionU { get; set; }
    public int HeightU { get; set; } = 1;
    /// <summary><c>front</c> (default) or <c>rear</c>.</summary>
    [OneOf("RackFace", "front", "rear")]
    public string Face { get; set; } = "front";
    public bool FullDepth { get; set; } = true;
}

internal sealed class PlaceAssetValidator : Validator<PlaceAssetRequest>
{
    public PlaceAssetValidator()
    {
        RuleFor(x => x.AssetId).NotEmpty();
        RuleFor(x => x.PositionU).GreaterThanOrEqualTo(1).WithMessage("Units start at 1 (the bottom).");
        RuleFor(x => x.HeightU).InclusiveBetween(1, 20);
        RuleFor(x => x.Face).Must(f => f is "front" or "rear").WithMessage("face must be 'front' or 'rear'.");
    }
}

/// <summary>
/// Mounts an asset (or moves it: an asset is in at most one rack; 200 for a move). 409 names the asset or patch panel
/// already in the way; 400 when it does not fit the rack's height.
/// </summary>
public sealed class PlaceAssetEndpoint(ClientStorDbContext db, AuditedChanges changes, CurrentOrg org) : Endpoint<PlaceAssetRequest, PlacementResponse>
{
    public override void Configure()
    {
        Post("racks/{rackId}/placements");
        Group<RacksGroup>();
        this.RequireOrgPermission("assets.write");
        Summary(s => s.Summary = "Mount an asset in a rack");
        Description(b => b.Produces<PlacementResponse>(201).WithMetadata(new ProblemResponses(409)));
    }

    public override async Task HandleAsync(PlaceAssetRequest req, CancellationToken ct)
    {
        var rack = await db.Racks.FindInOrgAsync(org.Id, req.RackId, ct);
        var assetName = await db.Assets.Where(a => a.Id == req.AssetId && a.OrgId == org.Id).Select(a => a.Name).SingleAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(System.Data.IsolationLevel.Serializable, ct);
        var existing = await db.RackPlacements.FirstOrDefaultAsync(p => p.AssetId == req.AssetId, ct);
        var placement = existing ?? new RackPlacement { Id = Guid.CreateVersion7(), OrgId = org.Id, AssetId = req.AssetId };
        placement.RackId = rack.Id;
        placement.PositionU = req.PositionU;
        placement.HeightU = req.HeightU;
        placement.Face = req.Face;
        placement.FullDepth = req.FullDepth;
        await RackSpace.EnsureFreeAsync(db, rack, req.PositionU, req.HeightU, req.Face, req.FullDepth, ct, exceptAssetId: req.AssetId);
        if (existing is null)
            db.RackPlacements.Add(placement);
        await changes.RecordAsync(rack, "asset_placed", ct, details: new
        {
            req.AssetId, assetName, placement.PositionU, placement.HeightU, placement.Face, placement.FullDepth, moved = existing is not null,
        });
        await tx.CommitAsync(ct);
        if (existing is null)
            await Send.CreatedAsync(placement.Id, placement.ToResponse(assetName), ct);
        else
            await Send.ResourceAsync(placement.ToResponse(assetName), ct);
    }
}
