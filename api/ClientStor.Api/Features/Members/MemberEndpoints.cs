using ClientStor.Api.Features.Roles;
using ClientStor.Api.Features.Users;
using ClientStor.Api.Platform.Auditing;
using ClientStor.Api.Platform.Authorization;
using ClientStor.Api.Platform.Data;
using ClientStor.Api.Platform.Errors;
using ClientStor.Api.Platform.OpenApi;
using ClientStor.Api.Platform.Paging;
using ClientStor.Api.Platform.Tenancy;
using FastEndpoints;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace ClientStor.Api.Features.Members;

public sealed class MemberRole
{
    public required Guid Id { get; set; }
    public required string Name { get; set; }
}

public sealed class MemberResponse
{
    public required Guid UserId { get; set; }
    public required string Email { get; set; }
    public required string DisplayName { get; set; }
    public required IReadOnlyList<MemberRole> Roles { get; set; }
    /// <summary>Union of the roles' permissions.</summary>
    public required IReadOnlyList<string> Permissions { get; set; }
    public required DateTimeOffset CreatedAt { get; set; }
}

internal static class Members
{
    public static async Task<MemberResponse?> ReadAsync(ClientStorDbContext db, Guid orgId, Guid userId, CancellationToken ct) =>
        (await ReadManyAsync(db, db.Memberships.Where(m => m.OrgId == orgId && m.UserId == userId), ct)).FirstOrDefault();

    public static async Task<List<MemberResponse>> ReadManyAsync(ClientStorDbContext db, IQueryable<Membership> memberships, CancellationToken ct)
    {
        var rows = await memberships.AsNoTracking()
            .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new
            {
                m.UserId, u.Email, u.DisplayName, m.CreatedAt,
                Roles = m.Roles.Select(r => new { r.Role!.Id, r.Role.Name, r.Role.Permissions }).ToList(),
            })
            .ToListAsync(ct);
        return rows.Select(r => new MemberResponse
        {
            UserId = r.UserId, Email = r.Email, DisplayName = r.DisplayName, CreatedAt = r.CreatedAt,
            Roles = r.Roles.OrderBy(x => x.Name).Select(x => new MemberRole { Id = x.Id, Name = x.Name }).ToList(),
            Permissions = r.Roles.SelectMany(x => x.Permissions).Distinct().Order(StringComparer.Ordinal).ToList(),
        }).ToList();
    }

    /// <summary>The org's roles with these ids, or null when any id is not a role of the org.</summary>
    public static async Task<List<Role>?> RolesAsync(ClientStorDbContext db, Guid orgId, IReadOnlyCollection<Guid> ids, CancellationToken ct)
    {
        var roles = await db.Roles.AsNoTracking().Where(r => r.OrgId == orgId && ids.Contains(r.Id)).ToListAsync(ct);
        return roles.Count == ids.Distinct().Count() ? roles : null;
    }

    public static object Snapshot(IEnumerable<Role> roles) => new
    {
        roles = roles.Select(r => r.Name).Order().ToList(),
        permissions = roles.SelectMany(r => r.Permissions).Distinct().Order(StringComparer.Ordinal).ToList(),
    };
}

public sealed class ListMembersRequest : IListRequest
{
    [RouteParam] public Guid OrgId { get; set; }
    [QueryParam] public int? Limit { get; set; }
    [QueryParam] public string? Cursor { get; set; }
    /// <summary><c>createdAt</c> (default), <c>-</c> for descending.</summary>
    [QueryParam] public string? Sort { get; set; }
    /// <summary>Matches email or display name.</summary>
    [QueryParam] public string? Q { get; set; }
}

internal sealed class ListMembersValidator : Validator<ListMembersRequest>
{
    public ListMembersValidator()
    {
        MemberSorts.Catalog.AddListRules(this);
        RuleFor(x => x.Q).MaximumLength(200);
    }
}

internal static class MemberSorts
{
    public static readonly SortCatalog<Membership> Catalog = new("createdAt",
        new SortKey<Membership, DateTimeOffset>("createdAt", m => m.CreatedAt, m => m.UserId));
}

/// <summary>Members of the organisation with their roles and effective permissions.</summary>
public sealed class ListMembersEndpoint(ClientStorDbContext db) : Endpoint<ListMembersRequest, Page<MemberResponse>>
{
    public override void Configure()
    {
        Get("/api/v1/orgs/{orgId}/members");
        this.RequireOrgPermission("org.read");
        Tags("Members");
        Summary(s => s.Summary = "List members");
    }

    public override async Task HandleAsync(ListMembersRequest req, CancellationToken ct)
    {
        var query = db.Memberships.AsNoTracking().Where(m => m.OrgId == req.OrgId);
        if (!string.IsNullOrWhiteSpace(req.Q))
        {
            var p = "%" + Like.Escape(req.Q.Trim()) + "%";
            query = query.Where(m => db.Set<User>().Any(u => u.Id == m.UserId && (EF.Functions.ILike(u.Email, p, "\\") || EF.Functions.ILike(u.DisplayName, p, "\\"))));
        }
        var page = await MemberSorts.Catalog.PageAsync(query, req, m => m, ct);
        var ids = page.Items.Select(m => m.UserId).ToList();
        var members = (await Members.ReadManyAsync(db, db.Memberships.Where(m => m.OrgId == req.OrgId && ids.Contains(m.UserId)), ct))
            .ToDictionary(m => m.UserId);
        await Send.OkAsync(new Page<MemberResponse> { Items = ids.Select(id => members[id]).ToList(), NextCursor = page.NextCursor }, ct);
    }
}

public sealed class AddMemberRequest
{
    [RouteParam] public Guid OrgId { get; set; }
    /// <summary>Email of an existing user account.</summary>
    public string Email { get; set; } = "";
    public List<Guid> RoleIds { get; set; } = [];
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
public sealed class AddMemberEndpoint(ClientStorDbContext db, CurrentOrg org, AuditLog audit) : Endpoint<AddMemberRequest, MemberResponse>
{
    public override void Configure()
    {
        Post("/api/v1/orgs/{orgId}/members");
        this.RequireOrgPermission("members.manage");
        Tags("Members");
        Summary(s => s.Summary = "Add a member");
        Description(b => b.Produces<MemberResponse>(201).WithMetadata(new ProblemResponses(404, 409), new FreshReauthRequired()));
    }

    public override async Task HandleAsync(AddMemberRequest req, CancellationToken ct)
    {
        var normalized = Users.User.Normalize(req.Email);
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.NormalizedEmail == normalized && u.IsActive, ct);
        if (user is null)
        {
            await Send.ResultAsync(Problems.Validation("email", "No active user has this email; ask a platform administrator to create the account first."));
            return;
        }
        var roles = await Members.RolesAsync(db, req.OrgId, req.RoleIds, ct);
        if (roles is null)
        {
            await Send.ResultAsync(Problems.Validation("roleIds", "Every role must be a role of this organisation."));
            return;
        }
        if (OrgRoles.NotHeld(roles.SelectMany(r => r.Permissions), org.Permissions) is { Length: > 0 } lacking)
        {
            await Send.ResultAsync(Problems.Forbidden($"You cannot grant permissions you do not hold: {string.Join(", ", lacking)}."));
            return;
        }
        if (await db.Memberships.AnyAsync(m => m.OrgId == req.OrgId && m.UserId == user.Id, ct))
        {
            await Send.ResultAsync(Problems.Conflict($"{user.Email} is already a member; change their roles instead.", "email"));
            return;
        }
        var now = DateTimeOffset.UtcNow;
        db.Memberships.Add(new Membership
        {
            OrgId = req.OrgId, UserId = user.Id, CreatedAt = now, UpdatedAt = now,
            Roles = roles.Select(r => new MembershipRole { OrgId = req.OrgId, UserId = user.Id, RoleId = r.Id }).ToList(),
        });
        await audit.SaveAsync(new AuditEntry(AuditCategories.Permissions, "member.added")
        {
            OrgId = req.OrgId, TargetType = "user", TargetId = user.Id.ToString(), Details = new { user.Email, after = Members.Snapshot(roles) },
        }, ct);
        HttpContext.Response.Headers.Location = $"/api/v1/orgs/{req.OrgId}/members/{user.Id}";
        await Send.ResponseAsync((await Members.ReadAsync(db, req.OrgId, user.Id, ct))!, 201, ct);
    }
}

public sealed class UpdateMemberRequest
{
    [RouteParam] public Guid OrgId { get; set; }
    [RouteParam] public Guid UserId { get; set; }
    /// <summary>Replaces the member's roles.</summary>
    public List<Guid> RoleIds { get; set; } = [];
}

internal sealed class UpdateMemberValidator : Validator<UpdateMemberRequest>
{
    public UpdateMemberValidator() => RuleFor(x => x.RoleIds).NotEmpty().WithMessage("Choose at least one role (remove the member to take all away).");
}

/// <summary>Replaces a member's roles; effective on the member's next request.</summary>
public sealed class UpdateMemberEndpoint(ClientStorDbContext db, CurrentOrg org, AuditLog audit) : Endpoint<UpdateMemberRequest, MemberResponse>
{
    public override void Configure()
    {
        Patch("/api/v1/orgs/{orgId}/members/{userId}");
        this.RequireOrgPermission("members.manage");
        Tags("Members");
        Summary(s => s.Summary = "Change a member's roles");
        Description(b => b.WithMetadata(new ProblemResponses(404, 409), new FreshReauthRequired()));
    }

    public override async Task HandleAsync(UpdateMemberRequest req, CancellationToken ct)
    {
        var membership = await db.Memberships.Include(m => m.Roles).ThenInclude(r => r.Role)
            .FirstOrDefaultAsync(m => m.OrgId == req.OrgId && m.UserId == req.UserId, ct);
        if (membership is null)
        {
            await Send.ResultAsync(Problems.NotFound("The member"));
            return;
        }
        var roles = await Members.RolesAsync(db, req.OrgId, req.RoleIds, ct);
        if (roles is null)
        {
            await Send.ResultAsync(Problems.Validation("roleIds", "Every role must be a role of this organisation."));
            return;
        }
        var oldRoles = membership.Roles.Select(r => r.Role!).ToList();
        var changed = roles.SelectMany(r => r.Permissions).Except(oldRoles.SelectMany(r => r.Permissions))
            .Concat(oldRoles.SelectMany(r => r.Permissions).Except(roles.SelectMany(r => r.Permissions)));
        if (OrgRoles.NotHeld(changed, org.Permissions) is { Length: > 0 } lacking)
        {
            await Send.ResultAsync(Problems.Forbidden($"You cannot grant or revoke permissions you do not hold: {string.Join(", ", lacking)}."));
            return;
        }
        var wasOwner = oldRoles.Any(r => r.IsBuiltIn && r.Name == BuiltInRoles.Owner);
        var staysOwner = roles.Any(r => r.IsBuiltIn && r.Name == BuiltInRoles.Owner);
        if (wasOwner && !staysOwner && await OrgRoles.OwnerCountAsync(db, req.OrgId, ct) <= 1)
        {
            await Send.ResultAsync(Problems.Conflict("This is the organisation's last Owner; make someone else Owner first."));
            return;
        }
        db.MembershipRoles.RemoveRange(membership.Roles);
        membership.Roles = roles.Select(r => new MembershipRole { OrgId = req.OrgId, UserId = req.UserId, RoleId = r.Id }).ToList();
        membership.UpdatedAt = DateTimeOffset.UtcNow;
        await audit.SaveAsync(new AuditEntry(AuditCategories.Permissions, "member.roles_changed")
        {
            OrgId = req.OrgId, TargetType = "user", TargetId = req.UserId.ToString(),
            Details = new { before = Members.Snapshot(oldRoles), after = Members.Snapshot(roles) },
        }, ct);
        await Send.OkAsync((await Members.ReadAsync(db, req.OrgId, req.UserId, ct))!, ct);
    }
}

public sealed class RemoveMemberRequest
{
    [RouteParam] public Guid OrgId { get; set; }
    [RouteParam] public Guid UserId { get; set; }
}

/// <summary>Removes a member: they lose access with their next request.</summary>
public sealed class RemoveMemberEndpoint(ClientStorDbContext db, CurrentOrg org, AuditLog audit) : Endpoint<RemoveMemberRequest>
{
    public override void Configure()
    {
        Delete("/api/v1/orgs/{orgId}/members/{userId}");
        this.RequireOrgPermission("members.manage");
        Tags("Members");
        Summary(s => s.Summary = "Remove a member");
        Description(b => b.Produces(204).WithMetadata(new ProblemResponses(404, 409), new FreshReauthRequired()));
    }

    public override async Task HandleAsync(RemoveMemberRequest req, CancellationToken ct)
    {
        var membership = await db.Memberships.Include(m => m.Roles).ThenInclude(r => r.Role)
            .FirstOrDefaultAsync(m => m.OrgId == req.OrgId && m.UserId == req.UserId, ct);
        if (membership is null)
        {
            await Send.ResultAsync(Problems.NotFound("The member"));
            return;
        }
        var roles = membership.Roles.Select(r => r.Role!).ToList();
        if (OrgRoles.NotHeld(roles.SelectMany(r => r.Permissions), org.Permissions) is { Length: > 0 } lacking)
        {
            await Send.ResultAsync(Problems.Forbidden($"You cannot remove a member holding permissions you do not hold: {string.Join(", ", lacking)}."));
            return;
        }
        if (roles.Any(r => r.IsBuiltIn && r.Name == BuiltInRoles.Owner) && await OrgRoles.OwnerCountAsync(db, req.OrgId, ct) <= 1)
        {
            await Send.ResultAsync(Problems.Conflict("This is the organisation's last Owner; make someone else Owner first."));
            return;
        }
        db.Memberships.Remove(membership);
        await audit.SaveAsync(new AuditEntry(AuditCategories.Permissions, "member.removed")
        {
            OrgId = req.OrgId, TargetType = "user", TargetId = req.UserId.ToString(), Details = new { before = Members.Snapshot(roles) },
        }, ct);
        await Send.NoContentAsync(ct);
    }
}
