using ClientStor.Api.Features.Locations;
using ClientStor.Api.Features.Assets;
using ClientStor.Api.Platform.Auditing;
using ClientStor.Api.Platform.Authorization;
using ClientStor.Api.Platform.Data;
using ClientStor.Api.Platform.Errors;
using ClientStor.Api.Platform.OpenApi;
using FastEndpoints;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace ClientStor.Api.Features.Racks;

public sealed class RackResponse
{
    public required Guid Id { get; set; }
    public required Guid? LocationId { get; set; }
    public required string Name { get; set; }
    public required int HeightU { get; set; }
    public required string? Notes { get; set; }
    /// <summary>Units occupied on at least one face.</summary>
    public required int UsedU { get; set; }

    public static RackResponse From(Rack r, int usedU) => new() { Id = r.Id, LocationId = r.LocationId, Name = r.Name, HeightU = r.HeightU, Notes = r.Notes, UsedU = usedU };
}

public sealed class OrgRacksRequest
{
    [RouteParam] public Guid OrgId { get; set; }
    /// <summary>Only racks at this location.</summary>
    [QueryParam] public Guid? LocationId { get; set; }
}

/// <summary>The organisation's racks (assets.read).</summary>
public sealed class ListRacksEndpoint(ClientStorDbContext db) : Endpoint<OrgRacksRequest, List<RackResponse>>
{
    public override void Configure()
    {
        Get("/api/v1/orgs/{orgId}/racks");
        this.RequireOrgPermission("assets.read");
        Tags("Racks");
        Summary(s => s.Summary = "List racks");
    }

    public override async Task HandleAsync(OrgRacksRequest req, CancellationToken ct)
    {
        var racks = await db.Racks.AsNoTracking().Where(r => r.OrgId == req.OrgId && (req.LocationId == null || r.LocationId == req.LocationId))
            .OrderBy(r => r.Name).Take(1000).ToListAsync(ct);
        var ids = racks.Select(r => r.Id).ToList();
        var placements = await db.RackPlacements.AsNoTracking().Where(p => ids.Contains(p.RackId)).ToListAsync(ct);
        await Send.OkAsync(racks.Select(r => RackResponse.From(r, RackLayout.UsedUnits(placements.Where(p => p.RackId == r.Id)))).ToList(), ct);
    }
}

public sealed class CreateRackRequest
{
    [RouteParam] public Guid OrgId { get; set; }
    public string Name { get; set; } = "";
    public int HeightU { get; set; } = 42;
    public Guid? LocationId { get; set; }
    public string? Notes { get; set; }
}

internal sealed class CreateRackValidator : Validator<CreateRackRequest>
{
    public CreateRackValidator()
    {
        RuleFor(x => x.Name).Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage("Name the rack.").MaximumLength(100);
        RuleFor(x => x.HeightU).InclusiveBetween(1, 60).WithMessage("A rack is 1 to 60 units high.");
        RuleFor(x => x.Notes).MaximumLength(10_000);
    }
}

/// <summary>Creates a rack.</summary>
public sealed class CreateRackEndpoint(ClientStorDbContext db, AuditLog audit) : Endpoint<CreateRackRequest, RackResponse>
{
    public override void Configure()
    {
        Post("/api/v1/orgs/{orgId}/racks");
        this.RequireOrgPermission("assets.write");
        Tags("Racks");
        Summary(s => s.Summary = "Create a rack");
        Description(b => b.Produces<RackResponse>(201));
    }

    public override async Task HandleAsync(CreateRackRequest req, CancellationToken ct)
    {
        if (req.LocationId is { } location && !await db.Locations.AnyAsync(l => l.Id == location && l.OrgId == req.OrgId, ct))
        {
            await Send.ResultAsync(Problems.Validation("locationId", "No location with this id in this organisation."));
            return;
        }
        var now = DateTimeOffset.UtcNow;
        var rack = new Rack { Id = Guid.CreateVersion7(), OrgId = req.OrgId, Name = req.Name.Trim(), HeightU = req.HeightU, LocationId = req.LocationId, Notes = req.Notes?.Trim(), CreatedAt = now, UpdatedAt = now };
        db.Racks.Add(rack);
        await audit.SaveAsync(new AuditEntry(AuditCategories.Organisation, "rack.created")
        {
            OrgId = req.OrgId, TargetType = "rack", TargetId = rack.Id.ToString(), Details = new { rack.Name, rack.HeightU, rack.LocationId },
        }, ct);
        await Send.ResponseAsync(RackResponse.From(rack, 0), 201, ct);
    }
}

public sealed class PlaceAssetRequest
{
    [RouteParam] public Guid OrgId { get; set; }
    [RouteParam] public Guid RackId { get; set; }
    public Guid AssetId { get; set; }
    /// <summary>Lowest unit the asset occupies (1 = bottom).</summary>
    public int PositionU { get; set; }
    public int HeightU { get; set; } = 1;
    /// <summary><c>front</c> (default) or <c>rear</c>.</summary>
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

public sealed class PlacementResponse
{
    public required Guid Id { get; set; }
    public required Guid AssetId { get; set; }
    public required string AssetName { get; set; }
    public required int PositionU { get; set; }
    public required int HeightU { get; set; }
    public required string Face { get; set; }
    public required bool FullDepth { get; set; }
}

/// <summary>
/// Mounts an asset (or moves it: an asset is in at most one rack). 409 names the asset already in the way;
/// 400 when it does not fit the rack's height.
/// </summary>
public sealed class PlaceAssetEndpoint(ClientStorDbContext db, AuditLog audit) : Endpoint<PlaceAssetRequest, PlacementResponse>
{
    public override void Configure()
    {
        Post("/api/v1/orgs/{orgId}/racks/{rackId}/placements");
        this.RequireOrgPermission("assets.write");
        Tags("Racks");
        Summary(s => s.Summary = "Mount an asset in a rack");
        Description(b => b.Produces<PlacementResponse>(201).WithMetadata(new ProblemResponses(404, 409)));
    }

    public override async Task HandleAsync(PlaceAssetRequest req, CancellationToken ct)
    {
        var rack = await db.Racks.FirstOrDefaultAsync(r => r.Id == req.RackId && r.OrgId == req.OrgId, ct);
        if (rack is null)
        {
            await Send.ResultAsync(Problems.NotFound("The rack"));
            return;
        }
        var assetName = await db.Assets.Where(a => a.Id == req.AssetId && a.OrgId == req.OrgId).Select(a => a.Name).FirstOrDefaultAsync(ct);
        if (assetName is null)
        {
            await Send.ResultAsync(Problems.Validation("assetId", "No asset with this id in this organisation."));
            return;
        }
        if (req.PositionU + req.HeightU - 1 > rack.HeightU)
        {
            await Send.ResultAsync(Problems.Validation("positionU", $"U{req.PositionU}–U{req.PositionU + req.HeightU - 1} does not fit a {rack.HeightU}U rack."));
            return;
        }
        await using var tx = await db.Database.BeginTransactionAsync(System.Data.IsolationLevel.Serializable, ct);
        var existing = await db.RackPlacements.FirstOrDefaultAsync(p => p.AssetId == req.AssetId, ct);
        var placement = existing ?? new RackPlacement { Id = Guid.CreateVersion7(), OrgId = req.OrgId, AssetId = req.AssetId };
        placement.RackId = rack.Id;
        placement.PositionU = req.PositionU;
        placement.HeightU = req.HeightU;
        placement.Face = req.Face;
        placement.FullDepth = req.FullDepth;
        var others = await db.RackPlacements.Where(p => p.RackId == rack.Id && p.AssetId != req.AssetId)
            .Join(db.Assets, p => p.AssetId, a => a.Id, (p, a) => new { Placement = p, a.Name }).ToListAsync(ct);
        if (others.FirstOrDefault(o => o.Placement.CollidesWith(placement)) is { } clash)
        {
            await Send.ResultAsync(Problems.Conflict(
                $"U{req.PositionU}–U{req.PositionU + req.HeightU - 1} ({req.Face}) is taken by '{clash.Name}' at U{clash.Placement.PositionU}–U{clash.Placement.PositionU + clash.Placement.HeightU - 1}.", "positionU"));
            return;
        }
        if (existing is null)
            db.RackPlacements.Add(placement);
        await audit.SaveAsync(new AuditEntry(AuditCategories.Organisation, "rack.asset_placed")
        {
            OrgId = req.OrgId, TargetType = "rack", TargetId = rack.Id.ToString(),
            Details = new { req.AssetId, assetName, placement.PositionU, placement.HeightU, placement.Face, placement.FullDepth, moved = existing is not null },
        }, ct);
        await tx.CommitAsync(ct);
        await Send.ResponseAsync(new PlacementResponse
        {
            Id = placement.Id, AssetId = placement.AssetId, AssetName = assetName, PositionU = placement.PositionU, HeightU = placement.HeightU,
            Face = placement.Face, FullDepth = placement.FullDepth,
        }, existing is null ? 201 : 200, ct);
    }
}

public sealed class PlacementRequest
{
    [RouteParam] public Guid OrgId { get; set; }
    [RouteParam] public Guid RackId { get; set; }
    [RouteParam] public Guid PlacementId { get; set; }
}

/// <summary>Unmounts an asset from a rack.</summary>
public sealed class RemovePlacementEndpoint(ClientStorDbContext db, AuditLog audit) : Endpoint<PlacementRequest>
{
    public override void Configure()
    {
        Delete("/api/v1/orgs/{orgId}/racks/{rackId}/placements/{placementId}");
        this.RequireOrgPermission("assets.write");
        Tags("Racks");
        Summary(s => s.Summary = "Unmount an asset");
        Description(b => b.Produces(204).WithMetadata(new ProblemResponses(404)));
    }

    public override async Task HandleAsync(PlacementRequest req, CancellationToken ct)
    {
        var placement = await db.RackPlacements.FirstOrDefaultAsync(p => p.Id == req.PlacementId && p.RackId == req.RackId && p.OrgId == req.OrgId, ct);
        if (placement is null)
        {
            await Send.ResultAsync(Problems.NotFound("The placement"));
            return;
        }
        db.RackPlacements.Remove(placement);
        await audit.SaveAsync(new AuditEntry(AuditCategories.Organisation, "rack.asset_removed")
        {
            OrgId = req.OrgId, TargetType = "rack", TargetId = req.RackId.ToString(), Details = new { placement.AssetId, placement.PositionU },
        }, ct);
        await Send.NoContentAsync(ct);
    }
}

public sealed class RackRequest
{
    [RouteParam] public Guid OrgId { get; set; }
    [RouteParam] public Guid RackId { get; set; }
}

public sealed class ElevationUnit
{
    public required int U { get; set; }
    /// <summary>The placement occupying this unit on the front, or null.</summary>
    public required Guid? Front { get; set; }
    public required Guid? Rear { get; set; }
}

public sealed class ElevationResponse
{
    public required RackResponse Rack { get; set; }
    public required IReadOnlyList<PlacementResponse> Placements { get; set; }
    /// <summary>Every unit from the top (U = height) to the bottom (U = 1).</summary>
    public required IReadOnlyList<ElevationUnit> Units { get; set; }
}

/// <summary>Rack elevation: placements and, unit by unit from the top, what occupies the front and rear.</summary>
public sealed class RackElevationEndpoint(ClientStorDbContext db) : Endpoint<RackRequest, ElevationResponse>
{
    public override void Configure()
    {
        Get("/api/v1/orgs/{orgId}/racks/{rackId}/elevation");
        this.RequireOrgPermission("assets.read");
        Tags("Racks");
        Summary(s => s.Summary = "Rack elevation");
        Description(b => b.WithMetadata(new ProblemResponses(404)));
    }

    public override async Task HandleAsync(RackRequest req, CancellationToken ct)
    {
        var rack = await db.Racks.AsNoTracking().FirstOrDefaultAsync(r => r.Id == req.RackId && r.OrgId == req.OrgId, ct);
        if (rack is null)
        {
            await Send.ResultAsync(Problems.NotFound("The rack"));
            return;
        }
        var placements = await db.RackPlacements.AsNoTracking().Where(p => p.RackId == rack.Id)
            .Join(db.Assets, p => p.AssetId, a => a.Id, (p, a) => new PlacementResponse
            {
                Id = p.Id, AssetId = p.AssetId, AssetName = a.Name, PositionU = p.PositionU, HeightU = p.HeightU, Face = p.Face, FullDepth = p.FullDepth,
            }).OrderByDescending(p => p.PositionU).ToListAsync(ct);
        Guid? At(int u, string face) => placements.FirstOrDefault(p => u >= p.PositionU && u < p.PositionU + p.HeightU && (p.FullDepth || p.Face == face))?.Id;
        await Send.OkAsync(new ElevationResponse
        {
            Rack = RackResponse.From(rack, RackLayout.UsedUnits(placements.Select(p => new RackPlacement { PositionU = p.PositionU, HeightU = p.HeightU }))),
            Placements = placements,
            Units = Enumerable.Range(1, rack.HeightU).Reverse().Select(u => new ElevationUnit { U = u, Front = At(u, "front"), Rear = At(u, "rear") }).ToList(),
        }, ct);
    }
}

internal static class RackLayout
{
    public static int UsedUnits(IEnumerable<RackPlacement> placements) =>
        placements.SelectMany(p => Enumerable.Range(p.PositionU, p.HeightU)).Distinct().Count();
}
