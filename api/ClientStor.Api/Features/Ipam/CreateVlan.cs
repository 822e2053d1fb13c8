
namespace ClientStor.Api.Features.Ipam;

public sealed class CreateVlanRequest
{
    public int Vid { get; set; }
    public string Name { get; set; } = "";
    public string? Description { get; set; }
}

internal sealed class CreateVlanValidator : Validator<CreateVlanRequest>
{
    public CreateVlanValidator()
    {
        RuleFor(x => x.Vid).InclusiveBetween(1, 4094).WithMessage("A VLAN id is between 1 and 4094.");
        RuleFor(x => x.Name).NotEmpty().WithMessage("Name the VLAN.").MaximumLength(100);
        RuleFor(x => x.Description).MaximumLength(1000);
    }
}

/// <summary>Creates a VLAN (409 when the id is taken in this organisation).</summary>
public sealed class CreateVlanEndpoint(ClientStorDbContext db, AuditedChanges changes, CurrentOrg org) : Endpoint<CreateVlanRequest, VlanResponse>
{
    public override void Configure()
    {
        Post("vlans");
        Group<IpamGroup>();
        this.RequireOrgPermission("ipam.write");
        Summary(s => s.Summary = "Create a VLAN");
        Description(b => b.Produces<VlanResponse>(201).WithMetadata(new ProblemResponses(409)));
    }

    public override async Task HandleAsync(CreateVlanRequest req, CancellationToken ct)
    {
        if (await db.Vlans.AnyAsync(v => v.OrgId == org.Id && v.Vid == req.Vid, ct))
            throw new ConflictException($"VLAN {req.Vid} already exists in this organisation.", "vid");
        var now = DateTimeOffset.UtcNow;
        var vlan = new Vlan { Id = Guid.CreateVersion7(), OrgId = org.Id, Vid = req.Vid, Name = req.Name.Trim(), Description = req.Description?.Trim(), CreatedAt = now, UpdatedAt = now };
        await changes.CreatedAsync(vlan, ct);
        await Send.CreatedAsync(vlan.Id, vlan.ToResponse(), ct);
    }
}
