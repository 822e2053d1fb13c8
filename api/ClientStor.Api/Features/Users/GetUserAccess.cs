using ClientStor.Api.Features.Orgs;

namespace ClientStor.Api.Features.Users;

public sealed class UserAccessResponse
{
    public required Guid UserId { get; set; }
    /// <summary>Global administrators hold every permission in every organisation (not listed per organisation).</summary>
    public required bool IsGlobalAdmin { get; set; }
    public required IReadOnlyList<OrgAccessResponse> Organisations { get; set; }
}

public sealed class OrgAccessResponse
{
    public required Guid OrgId { get; set; }
    public required string OrgName { get; set; }
    /// <summary>The union of every source's permissions.</summary>
    public required IReadOnlyList<string> Permissions { get; set; }
    /// <summary>
    /// Minutes a fresh re-authentication lasts for the user in this organisation: the shortest among the roles they hold
    /// there (a role without its own window counts as the platform's default).
    /// </summary>
    public required int ReauthWindowMinutes { get; set; }
    public required IReadOnlyList<AccessSourceResponse> Sources { get; set; }
}

public sealed class AccessSourceResponse
{
    /// <summary><c>direct</c> (a membership of the organisation) or <c>team</c> (a team's grant).</summary>
    public required string Kind { get; set; }
    public required Guid? TeamId { get; set; }
    public required string? TeamName { get; set; }
    public required Guid? RoleId { get; set; }
    /// <summary>Null for a membership without roles.</summary>
    public required string? RoleName { get; set; }
    /// <summary>The role's own re-authentication window in minutes; null: the platform's default.</summary>
    public required int? ReauthWindowMinutes { get; set; }
}

/// <summary>All of a user's access: every organisation, and whether it comes directly or through which team's grant.</summary>
public sealed class GetUserAccessEndpoint(ClientStorDbContext db, Microsoft.Extensions.Options.IOptions<Platform.Configuration.ClientStorOptions> options)
    : Endpoint<GetUserRequest, UserAccessResponse>
{
    public override void Configure()
    {
        Get("users/{userId}/access");
        Group<UsersGroup>();
        this.RequirePlatformAdmin();
        Summary(s => s.Summary = "A user's access to every organisation (direct and through teams)");
    }

    public override async Task HandleAsync(GetUserRequest req, CancellationToken ct)
    {
        var user = await db.Users.AsNoTracking().FindUserAsync(req.UserId, ct);
        var rows = await UserAccess.ForUserAsync(db, user.Id, ct);
        var ids = rows.Select(r => r.OrgId).Distinct().ToList();
        var platformWindow = (int)options.Value.Auth.ReauthWindow.TotalMinutes;
        var names = await db.Orgs.AsNoTracking().Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        await Send.OkAsync(new UserAccessResponse
        {
            UserId = user.Id, IsGlobalAdmin = user.IsGlobalAdmin,
            Organisations = rows.GroupBy(r => r.OrgId).Select(g => new OrgAccessResponse
            {
                OrgId = g.Key, OrgName = names.GetValueOrDefault(g.Key) ?? "",
                Permissions = g.SelectMany(r => r.Permissions).Distinct().Order(StringComparer.Ordinal).ToList(),
                ReauthWindowMinutes = g.Min(r => r.ReauthWindowMinutes ?? platformWindow),
                Sources = g.Select(r => new AccessSourceResponse
                {
                    Kind = r.TeamId is null ? "direct" : "team", TeamId = r.TeamId, TeamName = r.TeamName, RoleId = r.RoleId, RoleName = r.RoleName,
                    ReauthWindowMinutes = r.ReauthWindowMinutes,
                }).OrderBy(s => s.Kind).ThenBy(s => s.TeamName).ThenBy(s => s.RoleName).ToList(),
            }).OrderBy(o => o.OrgName, StringComparer.OrdinalIgnoreCase).ToList(),
        }, ct);
    }
}
