using ClientStor.Api.Features.Locations;

namespace ClientStor.Api.Features.Racks;

public sealed class CreateRackRequest
{
    public string Name { get; set; } = "";
    public int HeightU { get; set; } = 42;
    [References<Location>] public Guid? LocationId { get; set; }
    public string? Notes { get; set; }
}

internal sealed class CreateRackValidator : Validator<CreateRackRequest>
{
    public CreateRackValidator()
    {
        RuleFor(x => x.Name).NotEmpty().WithMessage("Name the rack.").MaximumLength(100);
        RuleFor(x => x.HeightU).InclusiveBetween(1, 60).WithMessage("A rack is 1 to 60 units high.");
        RuleFor(x => x.Notes).MaximumLength(10_000);
    }
}

/// <summary>Creates a rack.</summary>
public sealed class CreateRackEndpoint(AuditedChanges changes, CurrentOrg org) : Endpoint<CreateRackRequest, RackResponse>
{
    public override void Configure()
    {
        Post("racks");
        Group<RacksGroup>();
        this.RequireOrgPermission("assets.write");
        Summary(s => s.Summary = "Create a rack");
        Description(b => b.Produces<RackResponse>(201));
    }

    public override async Task HandleAsync(CreateRackRequest req, CancellationToken ct)
    {
        var now = DateTimeOffset.UtcNow;
        var rack = new Rack { Id = Guid.CreateVersion7(), OrgId = org.Id, Name = req.Name.Trim(), HeightU = req.HeightU, LocationId = req.LocationId, Notes = req.Notes?.Trim(), CreatedAt = now, UpdatedAt = now };
        await changes.CreatedAsync(rack, ct);
        await Send.CreatedAsync(rack.Id, rack.ToResponse(usedU: 0), ct);
    }
}
