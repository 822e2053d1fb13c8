using ClientStor.Api.Platform.Http;

namespace ClientStor.Api.Features.Racks;

/// <summary>Where a panel sits: its rack and, to be drawn in the rack's elevation, its units and face.</summary>
public abstract class PanelPositionFields
{
    [References<Rack>] public Guid? RackId { get; set; }
    /// <summary>Lowest unit the panel occupies (1 = bottom); needs <c>rackId</c>. Null: in the rack (or none) but not drawn.</summary>
    public int? PositionU { get; set; }
    public int HeightU { get; set; } = 1;
    /// <summary><c>front</c> (default) or <c>rear</c>.</summary>
    [OneOf("RackFace", "front", "rear")]
    public string Face { get; set; } = "front";

    /// <summary>Sets the panel's place after checking that its units are free.</summary>
    internal async Task ApplyToAsync(ClientStorDbContext db, Guid orgId, PatchPanel panel, CancellationToken ct)
    {
        if (RackId is { } rackId && PositionU is { } position)
            await RackSpace.EnsureFreeAsync(db, await db.Racks.FindInOrgAsync(orgId, rackId, ct), position, HeightU, Face, fullDepth: false, ct, exceptPanelId: panel.Id);
        panel.RackId = RackId;
        panel.PositionU = PositionU;
        panel.HeightU = HeightU;
        panel.Face = Face;
    }
}

internal sealed class PanelPositionRules<T> : AbstractValidator<T> where T : PanelPositionFields
{
    public PanelPositionRules()
    {
        RuleFor(x => x.PositionU).InclusiveBetween(1, 60).WithMessage("Units start at 1 (the bottom); a rack has at most 60.");
        RuleFor(x => x.PositionU).Must((x, u) => u is null || x.RackId is not null).WithMessage("Choose the rack the panel is mounted in.");
        RuleFor(x => x.HeightU).InclusiveBetween(1, 4).WithMessage("A panel is 1 to 4 units high.");
        RuleFor(x => x.Face).Must(f => f is "front" or "rear").WithMessage("face must be 'front' or 'rear'.");
    }
}

public sealed class MovePatchPanelRequest : PanelPositionFields
{
    [RouteParam] public Guid PanelId { get; set; }
}

internal sealed class MovePatchPanelValidator : Validator<MovePatchPanelRequest>
{
    public MovePatchPanelValidator() => Include(new PanelPositionRules<MovePatchPanelRequest>());
}

/// <summary>
/// Moves a patch panel (<c>If-Match</c>: the panel's etag): the body replaces its rack, units and face. 400 when it
/// does not fit the rack, 409 naming the device or panel already in the way.
/// </summary>
public sealed class MovePatchPanelEndpoint(ClientStorDbContext db, AuditedChanges changes, CurrentOrg org) : Endpoint<MovePatchPanelRequest, PatchPanelResponse>
{
    public override void Configure()
    {
        Put("patch-panels/{panelId}/position");
        Group<RacksGroup>();
        this.RequireOrgPermission("assets.write");
        Summary(s => s.Summary = "Move a patch panel");
        Description(b => b.WithMetadata(new ProblemResponses(409)));
    }

    public override async Task HandleAsync(MovePatchPanelRequest req, CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(System.Data.IsolationLevel.Serializable, ct);
        var panel = await db.PatchPanels.FindInOrgAsync(org.Id, req.PanelId, ct);
        HttpContext.CheckIfMatch(panel);
        await req.ApplyToAsync(db, org.Id, panel, ct);
        await changes.UpdatedAsync(panel, ct);
        await tx.CommitAsync(ct);
        await Send.ResourceAsync(await PanelReads.LoadAsync(db, org.Id, panel.Id, ct), ct);
    }
}
