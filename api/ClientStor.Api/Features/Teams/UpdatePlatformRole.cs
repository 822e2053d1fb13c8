using ClientStor.Api.Platform.Http;

namespace ClientStor.Api.Features.Teams;

/// <summary>Changes a platform role: every organisation where a team holds it sees the change on the next request.</summary>
public sealed class UpdatePlatformRoleEndpoint(ClientStorDbContext db, AuditedChanges changes) : Endpoint<SavePlatformRoleRequest, PlatformRoleResponse>
{
    public override void Configure()
    {
        Patch("platform-roles/{platformRoleId}");
        Group<TeamsGroup>();
        this.RequirePlatformAdmin();
        this.RequireFreshReauth();
        Summary(s => s.Summary = "Update a platform role");
        Description(b => b.WithMetadata(new ProblemResponses(409)));
    }

    public override async Task HandleAsync(SavePlatformRoleRequest req, CancellationToken ct)
    {
        var role = await db.PlatformRoles.FirstOrDefaultAsync(r => r.Id == req.PlatformRoleId, ct) ?? throw new NotFoundException(ResourceInfo.Of<PlatformRole>().Title);
        HttpContext.CheckIfMatch(role);
        await req.ApplyToAsync(db, role, ct);
        await changes.UpdatedAsync(role, ct);
        await Send.ResourceAsync(role.ToResponse(), ct);
    }
}
