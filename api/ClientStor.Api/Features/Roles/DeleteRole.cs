using ClientStor.Api.Features.Teams;
using ClientStor.Api.Platform.Http;

namespace ClientStor.Api.Features.Roles;

/// <summary>Deletes a custom role that no member holds.</summary>
public sealed class DeleteRoleEndpoint(ClientStorDbContext db, AuditedChanges changes, CurrentOrg org) : Endpoint<RoleRequest>
{
    public override void Configure()
    {
        Delete("roles/{roleId}");
        Group<RolesGroup>();
        this.RequireOrgPermission("roles.manage");
        this.RequireFreshReauth();
        Summary(s => s.Summary = "Delete a custom role");
        Description(b => b.Produces(204).WithMetadata(new ProblemResponses(409)));
    }

    public override async Task HandleAsync(RoleRequest req, CancellationToken ct)
    {
        var role = await db.Roles.FindInOrgAsync(org.Id, req.RoleId, ct);
        HttpContext.CheckIfMatch(role);
        if (role.IsBuiltIn)
            throw new ConflictException("Built-in roles cannot be deleted.");
        if (OrgRoles.NotHeld(role.Permissions, org.Permissions) is { Length: > 0 } lacking)
            throw OrgRoles.Refused("delete a role holding", lacking);
        var members = await db.MembershipRoles.CountAsync(mr => mr.RoleId == role.Id, ct);
        if (members > 0)
            throw new ConflictException($"The role is assigned to {members} member(s); give them another role first.");
        var grants = await db.TeamGrants.CountAsync(g => g.RoleId == role.Id, ct);
        if (grants > 0)
            throw new ConflictException($"{grants} team grant(s) hold the role; withdraw them first.");
        await changes.DeletedAsync(role, ct);
        await Send.NoContentAsync(ct);
    }
}
