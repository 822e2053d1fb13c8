using ClientStor.Api.Features.Orgs;
using ClientStor.Api.Features.Roles;

namespace ClientStor.Api.Features.Me;

public sealed class MeResponse
{
    public required Guid Id { get; set; }
    public required string Email { get; set; }
    public required string DisplayName { get; set; }
    public required bool IsGlobalAdmin { get; set; }
    /// <summary>True after an administrator's password reset: only changing the password is allowed.</summary>
    public required bool MustChangePassword { get; set; }
    /// <summary>The user has a confirmed authenticator app (TOTP).</summary>
    public required bool MfaEnabled { get; set; }
    /// <summary>MFA is required and not set up yet: only enrolment is allowed until it is.</summary>
    public required bool MustEnrolMfa { get; set; }
    /// <summary>
    /// Organisations the user belongs to, directly or through a team, with roles (a team's as "Role (Team)") and effective
    /// permissions (global admins hold every permission everywhere).
    /// </summary>
    public required IReadOnlyList<MeMembership> Memberships { get; set; }
}

public sealed class MeMembership
{
    public required Guid OrgId { get; set; }
    public required string OrgName { get; set; }
    public required IReadOnlyList<string> Roles { get; set; }
    public required IReadOnlyList<string> Permissions { get; set; }
}

/// <summary>The signed-in user, read from current data.</summary>
public sealed class GetMeEndpoint(CurrentActor actor, ClientStorDbContext db) : EndpointWithoutRequest<MeResponse>
{
    public override void Configure()
    {
        Get("me");
        Group<MeGroup>();
        this.RequireSignedIn();
        Description(b => b.WithMetadata(new AllowedDuringPasswordChange(), new AllowedDuringMfaEnrolment()));
        Summary(s => s.Summary = "The signed-in user");
    }

    public override async Task HandleAsync(CancellationToken ct)
    {
        var user = (await actor.UserAsync(ct))!;
        // The one access resolution: memberships and team grants (global administrators also hold every permission).
        var access = await UserAccess.ForUserAsync(db, user.Id, ct);
        var ids = access.Select(a => a.OrgId).Distinct().ToList();
        var names = await db.Orgs.AsNoTracking().Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        var rows = access.GroupBy(a => a.OrgId).Select(g => new
        {
            OrgId = g.Key, Name = names.GetValueOrDefault(g.Key) ?? "",
            Roles = g.Where(a => a.RoleName is not null).Select(a => new { Name = a.TeamName is null ? a.RoleName! : $"{a.RoleName} ({a.TeamName})", a.Permissions }).ToList(),
        }).OrderBy(x => x.Name, StringComparer.OrdinalIgnoreCase).ToList();
        await Send.OkAsync(new MeResponse
        {
            Id = user.Id, Email = user.Email, DisplayName = user.DisplayName, IsGlobalAdmin = user.IsGlobalAdmin,
            MustChangePassword = user.MustChangePassword, MfaEnabled = user.MfaEnabled, MustEnrolMfa = user.MustEnrolMfa,
            Memberships = rows.Select(r => new MeMembership
            {
                OrgId = r.OrgId, OrgName = r.Name, Roles = r.Roles.Select(x => x.Name).Order().ToList(),
                Permissions = (user.IsGlobalAdmin ? PermissionCatalog.Names : r.Roles.SelectMany(x => x.Permissions)).Distinct().Order(StringComparer.Ordinal).ToList(),
            }).ToList(),
        }, ct);
    }
}
