using ClientStor.Api.Features.Assets;
using ClientStor.Api.Platform.Http;

namespace ClientStor.Api.Features.Locations;

public sealed class DeleteLocationRequest
{
    [RouteParam] public Guid LocationId { get; set; }
}

/// <summary>Deletes a location that no asset or closet uses (409 otherwise).</summary>
public sealed class DeleteLocationEndpoint(ClientStorDbContext db, AuditedChanges changes, CurrentOrg org) : Endpoint<DeleteLocationRequest>
{
    public override void Configure()
    {
        Delete("locations/{locationId}");
        Group<LocationsGroup>();
        this.RequireOrgPermission("assets.write");
        Summary(s => s.Summary = "Delete a location");
        Description(b => b.Produces(204).WithMetadata(new ProblemResponses(409)));
    }

    public override async Task HandleAsync(DeleteLocationRequest req, CancellationToken ct)
    {
        var location = await db.Locations.FindInOrgAsync(org.Id, req.LocationId, ct);
        HttpContext.CheckIfMatch(location);
        var assets = await db.Assets.CountAsync(a => a.LocationId == location.Id, ct);
        var closets = await db.Locations.CountAsync(l => l.ParentId == location.Id, ct);
        if (assets + closets > 0)
            throw new ConflictException($"The location still has {assets} asset(s) and {closets} closet(s); move them first.");
        await changes.DeletedAsync(location, ct);
        await Send.NoContentAsync(ct);
    }
}
