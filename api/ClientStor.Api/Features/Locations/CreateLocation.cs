
namespace ClientStor.Api.Features.Locations;

/// <summary>Creates a site or network closet.</summary>
public sealed class CreateLocationEndpoint(ClientStorDbContext db, AuditedChanges changes, CurrentOrg org) : Endpoint<CreateLocationRequest, LocationResponse>
{
    public override void Configure()
    {
        Post("locations");
        Group<LocationsGroup>();
        this.RequireOrgPermission("assets.write");
        Summary(s => s.Summary = "Create a location");
        Description(b => b.Produces<LocationResponse>(201));
    }

    public override async Task HandleAsync(CreateLocationRequest req, CancellationToken ct)
    {
        var now = DateTimeOffset.UtcNow;
        var location = new Location { Id = Guid.CreateVersion7(), OrgId = org.Id, CreatedAt = now, UpdatedAt = now };
        await req.ApplyToAsync(db, location, ct);
        await changes.CreatedAsync(location, ct);
        await Send.CreatedAsync(location.Id, location.ToResponse(), ct);
    }
}
