using ClientStor.Api.Features.Roles;
using ClientStor.Api.Platform.Http;

namespace ClientStor.Api.Features.Members;

public sealed class UpdateMemberRequest
{
    [RouteParam] public Guid UserId { get; set; }
    /// <summary>Replaces the member's roles.</summary>
    [References<Role>] public List<Guid> RoleIds { get; set; } = [];
}

internal sealed class UpdateMemberValidator : Validator<UpdateMemberRequest>
{
    public UpdateMemberValidator() => RuleFor(x => x.RoleIds).NotEmpty().WithMessage("Choose at least one role (remove the member to take all away).");
}

/// <summary>Replaces a member's roles; effective on the member's next request.</summary>
public sealed class UpdateMemberEndpoint(ClientStorDbContext db, AuditedChanges changes, CurrentOrg org) : Endpoint<UpdateMemberRequest, MemberResponse>
{
    public override void Configure()
    {
        Patch("members/{userId}");
        Group<MembersGroup>();
        this.RequireOrgPermission("members.manage");
        this.RequireFreshReauth();
        Summary(s => s.Summary = "Change a member's roles");
        Description(b => b.WithMetadata(new ProblemResponses(409)));
    }

    public override async Task HandleAsync(UpdateMemberRequest req, CancellationToken ct)
    {
        var membership = await Members.FindAsync(db, org.Id, req.UserId, ct);
        HttpContext.CheckIfMatch(membership);
        var roles = await db.Roles.AsNoTracking().Where(r => r.OrgId == org.Id && req.RoleIds.Contains(r.Id)).ToListAsync(ct);
        var oldRoles = membership.Roles.Select(r => r.Role!).ToList();
        var changed = OrgRoles.Changed(oldRoles.SelectMany(r => r.Permissions), roles.SelectMany(r => r.Permissions));
        if (OrgRoles.NotHeld(changed, org.Permissions) is { Length: > 0 } lacking)
            throw OrgRoles.Refused("grant or revoke", lacking);
        if (oldRoles.Any(OrgRoles.IsOwner) && !roles.Any(OrgRoles.IsOwner) && await OrgRoles.OwnerCountAsync(db, org.Id, ct) <= 1)
            throw new ConflictException("This is the organisation's last Owner; make someone else Owner first.");
        // Roles kept stay as they are; a removed one is an orphan EF deletes.
        membership.Roles.RemoveAll(mr => !req.RoleIds.Contains(mr.RoleId));
        foreach (var role in roles.Where(r => !oldRoles.Any(o => o.Id == r.Id)))
            membership.Roles.Add(new MembershipRole { OrgId = org.Id, UserId = req.UserId, RoleId = role.Id });
        await changes.UpdatedAsync(membership, ct, action: "roles_changed", always: true,
            details: new { changed = new[] { "roles" }, before = Members.Snapshot(oldRoles), after = Members.Snapshot(roles) });
        await Send.ResourceAsync(await Members.ReadAsync(db, org.Id, req.UserId, ct), ct);
    }
}
