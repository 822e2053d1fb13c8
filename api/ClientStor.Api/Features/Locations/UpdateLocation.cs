using ClientStor.Api.Platform.Http;

namespace ClientStor.Api.Features.Locations;

/// <summary>Updates a site or network closet.</summary>
public sealed class UpdateLocationEndpoint(ClientStorDbContext db, AuditedChanges changes, CurrentOrg org) : Endpoint<UpdateLocationRequest, LocationResponse>
{
    public override void Configure()
    {
        Patch("locations/{locationId}");
        Group<LocationsGroup>();
        this.RequireOrgPermission("assets.write");
        Summary(s => s.Summary = "Update a location");
    }

    public override async Task HandleAsync(UpdateLocationRequest req, CancellationToken ct)
    {
        var location = await db.Locations.FindInOrgAsync(org.Id, req.LocationId, ct);
        HttpContext.CheckIfMatch(location);
        await req.ApplyToAsync(db, location, ct);
        await changes.UpdatedAsync(location, ct);
        await Send.ResourceAsync(location.ToResponse(), ct);
    }
}
