namespace ClientStor.Api.Features.Teams;

/// <summary>The platform roles (the same in every organisation, granted through teams).</summary>
public sealed class ListPlatformRolesEndpoint(ClientStorDbContext db) : EndpointWithoutRequest<List<PlatformRoleResponse>>
{
    public override void Configure()
    {
        Get("platform-roles");
        Group<TeamsGroup>();
        this.RequirePlatformAdmin();
        Summary(s => s.Summary = "List platform roles");
    }

    public override async Task HandleAsync(CancellationToken ct) =>
        await Send.OkAsync((await db.PlatformRoles.AsNoTracking().OrderBy(r => r.NormalizedName).ToListAsync(ct)).Select(TeamMapper.ToResponse).ToList(), ct);
}
