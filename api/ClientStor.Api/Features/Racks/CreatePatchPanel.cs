
namespace ClientStor.Api.Features.Racks;

public sealed class CreatePatchPanelRequest : PanelPositionFields
{
    public string Name { get; set; } = "";
    public int PortCount { get; set; } = 24;
}

internal sealed class CreatePatchPanelValidator : Validator<CreatePatchPanelRequest>
{
    public CreatePatchPanelValidator()
    {
        RuleFor(x => x.Name).NotEmpty().WithMessage("Name the panel.").MaximumLength(100);
        RuleFor(x => x.PortCount).InclusiveBetween(1, 96).WithMessage("A panel has 1 to 96 ports.");
        Include(new PanelPositionRules<CreatePatchPanelRequest>());
    }
}

/// <summary>
/// Creates a patch panel and its numbered ports, optionally at a position in its rack (400 when it does not fit,
/// 409 naming the device or panel in the way).
/// </summary>
public sealed class CreatePatchPanelEndpoint(ClientStorDbContext db, AuditedChanges changes, CurrentOrg org) : Endpoint<CreatePatchPanelRequest, PatchPanelResponse>
{
    public override void Configure()
    {
        Post("patch-panels");
        Group<RacksGroup>();
        this.RequireOrgPermission("assets.write");
        Summary(s => s.Summary = "Create a patch panel");
        Description(b => b.Produces<PatchPanelResponse>(201).WithMetadata(new ProblemResponses(409)));
    }

    public override async Task HandleAsync(CreatePatchPanelRequest req, CancellationToken ct)
    {
        var panel = new PatchPanel { Id = Guid.CreateVersion7(), OrgId = org.Id, Name = req.Name.Trim(), PortCount = req.PortCount, CreatedAt = DateTimeOffset.UtcNow };
        panel.Ports = Enumerable.Range(1, req.PortCount).Select(n => new PatchPort { Id = Guid.CreateVersion7(), OrgId = org.Id, PanelId = panel.Id, Number = n }).ToList();
        await using var tx = await db.Database.BeginTransactionAsync(System.Data.IsolationLevel.Serializable, ct);
        await req.ApplyToAsync(db, org.Id, panel, ct);
        await changes.CreatedAsync(panel, ct);
        await tx.CommitAsync(ct);
        await Send.CreatedAsync(panel.Id, (await PanelReads.ProjectAsync(db, [panel], ct))[0], ct);
    }
}
