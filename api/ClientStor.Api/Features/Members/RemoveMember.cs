using ClientStor.Api.Features.Roles;
using ClientStor.Api.Platform.Http;

namespace ClientStor.Api.Features.Members;

/// <summary>Removes a member: they lose access with their next request.</summary>
public sealed class RemoveMemberEndpoint(ClientStorDbContext db, AuditedChanges changes, CurrentOrg org) : Endpoint<MemberRequest>
{
    public override void Configure()
    {
        Delete("members/{userId}");
        Group<MembersGroup>();
        this.RequireOrgPermission("members.manage");
        this.RequireFreshReauth();
        Summary(s => s.Summary = "Remove a member");
        Description(b => b.Produces(204).WithMetadata(new ProblemResponses(409)));
    }

    public override async Task HandleAsync(MemberRequest req, CancellationToken ct)
    {
        var membership = await Members.FindAsync(db, org.Id, req.UserId, ct);
        HttpContext.CheckIfMatch(membership);
        var roles = membership.Roles.Select(r => r.Role!).ToList();
        if (OrgRoles.NotHeld(roles.SelectMany(r => r.Permissions), org.Permissions) is { Length: > 0 } lacking)
            throw OrgRoles.Refused("remove a member holding", lacking);
        if (roles.Any(OrgRoles.IsOwner) && await OrgRoles.OwnerCountAsync(db, org.Id, ct) <= 1)
            throw new ConflictException("This is the organisation's last Owner; make someone else Owner first.");
        db.Memberships.Remove(membership);
        await changes.RecordAsync(membership, "removed", ct, details: new { before = Members.Snapshot(roles) });
        await Send.NoContentAsync(ct);
    }
}
