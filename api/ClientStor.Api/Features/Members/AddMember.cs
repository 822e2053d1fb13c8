using ClientStor.Api.Features.Roles;
using ClientStor.Api.Features.Users;

namespace ClientStor.Api.Features.Members;

public sealed class AddMemberRequest
{
    /// <summary>Email of an existing user account.</summary>
    public string Email { get; set; } = "";
    [References<Role>] public List<Guid> RoleIds { get; set; } = [];
}

internal sealed class AddMemberValidator : Validator<AddMemberRequest>
{
    public AddMemberValidator()
    {
        RuleFor(x => x.Email).NotEmpty().WithMessage("Enter the user's email address.").MaximumLength(320);
        RuleFor(x => x.RoleIds).NotEmpty().WithMessage("Choose at least one role.");
    }
}

/// <summary>Adds an existing user to the organisation with one or more roles.</summary>
public sealed class AddMemberEndpoint(ClientStorDbContext db, AuditedChanges changes, CurrentOrg org) : Endpoint<AddMemberRequest, MemberResponse>
{
    public override void Configure()
    {
        Post("members");
        Group<MembersGroup>();
        this.RequireOrgPermission("members.manage");
        this.RequireFreshReauth();
        Summary(s => s.Summary = "Add a member");
        Description(b => b.Produces<MemberResponse>(201).WithMetadata(new ProblemResponses(409)));
    }

    public override async Task HandleAsync(AddMemberRequest req, CancellationToken ct)
    {
        var normalized = Users.User.Normalize(req.Email);
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.NormalizedEmail == normalized && u.IsActive, ct)
            ?? throw new FieldErrorsException("email", "No active user has this email; ask a platform administrator to create the account first.");
        var roles = await db.Roles.AsNoTracking().Where(r => r.OrgId == org.Id && req.RoleIds.Contains(r.Id)).ToListAsync(ct);
        if (OrgRoles.NotHeld(roles.SelectMany(r => r.Permissions), org.Permissions) is { Length: > 0 } lacking)
            throw OrgRoles.Refused("grant", lacking);
        if (await db.Memberships.AnyAsync(m => m.OrgId == org.Id && m.UserId == user.Id, ct))
            throw new ConflictException($"{user.Email} is already a member; change their roles instead.", "email");
        var now = DateTimeOffset.UtcNow;
        var membership = new Membership
        {
            OrgId = org.Id, UserId = user.Id, CreatedAt = now, UpdatedAt = now,
            Roles = roles.Select(r => new MembershipRole { OrgId = org.Id, UserId = user.Id, RoleId = r.Id }).ToList(),
        };
        db.Memberships.Add(membership);
        await changes.RecordAsync(membership, "added", ct, details: new { user.Email, after = Members.Snapshot(roles) });
        await Send.CreatedAsync(user.Id, await Members.ReadAsync(db, org.Id, user.Id, ct), ct);
    }
}
