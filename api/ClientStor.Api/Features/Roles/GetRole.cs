
namespace ClientStor.Api.Features.Roles;

/// <summary>One role.</summary>
public sealed class GetRoleEndpoint(ClientStorDbContext db, CurrentOrg org) : Endpoint<RoleRequest, RoleResponse>
{
    public override void Configure()
    {
        Get("roles/{roleId}");
        Group<RolesGroup>();
        this.RequireOrgPermission("org.read");
        Summary(s => s.Summary = "Get a role");
    }

    public override async Task HandleAsync(RoleRequest req, CancellationToken ct) =>
        await Send.ResourceAsync((await db.Roles.AsNoTracking().FindInOrgAsync(org.Id, req.RoleId, ct)).ToResponse(), ct);
}
