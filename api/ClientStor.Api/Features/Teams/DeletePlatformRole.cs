namespace ClientStor.Api.Features.Teams;

public sealed class DeletePlatformRoleRequest
{
    [RouteParam] public Guid PlatformRoleId { get; set; }
}

/// <summary>Deletes a platform role no team holds (409 otherwise: withdraw the grants first).</summary>
public sealed class DeletePlatformRoleEndpoint(ClientStorDbContext db, AuditedChanges changes) : Endpoint<DeletePlatformRoleRequest>
{
    public override void Configure()
    {
        Delete("platform-roles/{platformRoleId}");
        Group<TeamsGroup>();
        this.RequirePlatformAdmin();
        this.RequireFreshReauth();
        Summary(s => s.Summary = "Delete a platform role");
        Description(b => b.Produces(204).WithMetadata(new ProblemResponses(409)));
    }

    public override async Task HandleAsync(DeletePlatformRoleRequest req, CancellationToken ct)
    {
        var role = await db.PlatformRoles.FirstOrDefaultAsync(r => r.Id == req.PlatformRoleId, ct) ?? throw new NotFoundException(ResourceInfo.Of<PlatformRole>().Title);
        Platform.Http.ETags.CheckIfMatch(HttpContext, role);
        var grants = await db.TeamGrants.CountAsync(g => g.PlatformRoleId == role.Id, ct);
        if (grants > 0)
            throw new ConflictException($"{grants} team grant(s) hold this role; withdraw them first.");
        await changes.DeletedAsync(role, ct);
        await Send.NoContentAsync(ct);
    }
}
