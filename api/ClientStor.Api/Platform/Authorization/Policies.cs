using Microsoft.AspNetCore.Authorization;
using OpenIddict.Abstractions;
using OpenIddict.Validation.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace ClientStor.Api.Platform.Authorization;

/// <summary>Authorization policies endpoints declare in <c>Configure()</c>.</summary>
public static class Policies
{
    /// <summary>Any active caller holding a valid access token with the <c>api</c> scope.</summary>
    public const string Api = "api";
    /// <summary>Platform administration: an active user with the global-admin flag, read from the database.</summary>
    public const string GlobalAdmin = "global-admin";
    public const string ApiScope = "api";

    public static IServiceCollection AddClientStorAuthorization(this IServiceCollection services)
    {
        services.AddScoped<CurrentActor>();
        services.AddScoped<Tenancy.CurrentOrg>();
        services.AddScoped<IAuthorizationHandler, ActiveCallerHandler>();
        services.AddScoped<IAuthorizationHandler, OrgPermissionHandler>();
        services.AddSingleton<IAuthorizationPolicyProvider, OrgPolicyProvider>();
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, AuthorizationProblems>();
        services.AddAuthorizationBuilder()
            .SetDefaultPolicy(Build(new ActiveCallerRequirement(false)))
            .AddPolicy(Api, Build(new ActiveCallerRequirement(false)))
            .AddPolicy(GlobalAdmin, Build(new ActiveCallerRequirement(true)));
        return services;
    }

    private static AuthorizationPolicy Build(ActiveCallerRequirement requirement) =>
        new AuthorizationPolicyBuilder(Authentication.BearerTokenHandler.SchemeName)
            .RequireAuthenticatedUser()
            .RequireAssertion(ctx => ctx.User.HasScope(ApiScope))
            .AddRequirements(requirement)
            .Build();
}

internal sealed record ActiveCallerRequirement(bool GlobalAdmin) : IAuthorizationRequirement;

/// <summary>
/// Checks current database state on every request: the user still exists and is active, the session the
/// token came from has not ended, and (for platform administration) the global-admin flag is still set.
/// </summary>
internal sealed partial class ActiveCallerHandler(CurrentActor actor, IHttpContextAccessor http) : AuthorizationHandler<ActiveCallerRequirement>
{
    public const string Inactive = "caller-inactive";
    public const string PasswordChangeRequired = "password-change-required";
    public const string ReauthRequired = "reauth-required";
    public const string MfaEnrollmentRequired = "mfa-enrollment-required";
    public const string PeopleOnly = "people-only";
    public const string IpNotAllowed = "ip-not-allowed";
    public const string AdminIpNotAllowed = "admin-ip-not-allowed";

    /// <summary>Platform administration or an admin-grade org permission: the admin IP allowlist applies.</summary>
    private static bool IsAdminGrade(AuthorizationHandlerContext context, ActiveCallerRequirement requirement) =>
        requirement.GlobalAdmin || context.Requirements.OfType<OrgPermissionRequirement>().Any(r => PermissionCatalog.AdminGrade.Contains(r.Permission));

    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, ActiveCallerRequirement requirement)
    {
        if (actor.ApiKeyId is not null)
        {
            await HandleApiKeyAsync(context, requirement, await actor.KeyAsync(CancellationToken.None));
            return;
        }
        var user = await actor.UserAsync(CancellationToken.None);
        if (user is null)
        {
            context.Fail(new AuthorizationFailureReason(this, Inactive));
            return;
        }
        if (user.MustChangePassword && http.HttpContext?.GetEndpoint()?.Metadata.GetMetadata<AllowedDuringPasswordChange>() is null)
        {
            context.Fail(new AuthorizationFailureReason(this, PasswordChangeRequired));
            return;
        }
        if (user.MustEnrolMfa && http.HttpContext?.GetEndpoint()?.Metadata.GetMetadata<AllowedDuringMfaEnrolment>() is null)
        {
            context.Fail(new AuthorizationFailureReason(this, MfaEnrollmentRequired));
            return;
        }
        if (requirement.GlobalAdmin && !user.IsGlobalAdmin)
            return;
        if (IsAdminGrade(context, requirement) && !await actor.AdminAddressAllowedAsync(CancellationToken.None))
        {
            context.Fail(new AuthorizationFailureReason(this, AdminIpNotAllowed));
            return;
        }
        if (http.HttpContext?.GetEndpoint()?.Metadata.GetMetadata<FreshReauthRequired>() is not null && !actor.ReauthenticatedRecently)
        {
            context.Fail(new AuthorizationFailureReason(this, ReauthRequired));
            return;
        }
        context.Succeed(requirement);
    }
}

internal sealed partial class ActiveCallerHandler
{
    /// <summary>
    /// An API key's token: the key must still be active and used from an allowed address. Keys reach org-scoped
    /// endpoints (their scopes are checked there) and the few others marked <see cref="AllowApiKeys"/> — never
    /// platform administration or anything that needs a person's fresh re-authentication.
    /// </summary>
    private async Task HandleApiKeyAsync(AuthorizationHandlerContext context, ActiveCallerRequirement requirement, ActorKey? key)
    {
        if (key is null)
        {
            context.Fail(new AuthorizationFailureReason(this, Inactive));
            return;
        }
        if (!key.IpAllowed)
        {
            context.Fail(new AuthorizationFailureReason(this, IpNotAllowed));
            return;
        }
        var metadata = http.HttpContext?.GetEndpoint()?.Metadata;
        var orgScoped = context.Requirements.OfType<OrgPermissionRequirement>().Any();
        if (requirement.GlobalAdmin || metadata?.GetMetadata<FreshReauthRequired>() is not null || !orgScoped && metadata?.GetMetadata<AllowApiKeys>() is null)
        {
            context.Fail(new AuthorizationFailureReason(this, PeopleOnly));
            return;
        }
        if (IsAdminGrade(context, requirement) && !await actor.AdminAddressAllowedAsync(CancellationToken.None))
        {
            context.Fail(new AuthorizationFailureReason(this, AdminIpNotAllowed));
            return;
        }
        context.Succeed(requirement);
    }
}

/// <summary>
/// The caller of this request, resolved once per request from the token and the database: one query
/// (<see cref="CallerQuery"/>) checks the token and its authorization are still valid, loads the active user and session
/// or the active API key, the caller's standing in the route's organisation and the admin IP allowlist.
/// </summary>
public sealed class CurrentActor(IHttpContextAccessor http, ClientStorDbContext db, Microsoft.Extensions.Options.IOptions<Configuration.ClientStorOptions> options)
{
    private bool loaded;
    private ActorUser? user;
    private ActorKey? key;
    private string[] adminAllowedIps = [];
    private Guid? routeOrgId;
    private IReadOnlySet<string>? routeOrgPermissions;
    private bool knowledgeBaseLoaded;
    private IReadOnlySet<string>? knowledgeBasePermissions;

    /// <summary>True when the caller's session signed in or re-authenticated within the window (set by <see cref="UserAsync"/>).</summary>
    public bool ReauthenticatedRecently { get; private set; }

    /// <summary>The fresh re-authentication window of this request (see <see cref="ReauthWindows"/>; set by <see cref="UserAsync"/>).</summary>
    public TimeSpan ReauthWindow { get; private set; }

    public Guid? UserId => Guid.TryParse(http.HttpContext?.User.GetClaim(Claims.Subject), out var id) ? id : null;
    public Guid? SessionId => Guid.TryParse(http.HttpContext?.User.GetClaim(ClientStorClaims.SessionId), out var id) ? id : null;
    /// <summary>Set when the token belongs to an API key rather than a person.</summary>
    public Guid? ApiKeyId => Guid.TryParse(http.HttpContext?.User.GetClaim(ClientStorClaims.ApiKeyId), out var id) ? id : null;

    /// <summary>
    /// The API key behind the token, if still active (not revoked or expired) and its token not revoked, with the
    /// token's scopes narrowed to the key's. Records last use at most once a minute per key, so the hot path stays read-only.
    /// </summary>
    public async Task<ActorKey?> KeyAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        return key;
    }

    /// <summary>The active user behind a valid token, or null when the token, the user or its session is gone.</summary>
    public async Task<ActorUser?> UserAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        return user;
    }

    /// <summary>
    /// True when the platform's admin IP allowlist is empty or contains the caller's address. Read from the database
    /// with the caller on every request, so a change applies to sessions and tokens that already exist.
    /// </summary>
    public async Task<bool> AdminAddressAllowedAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        return Http.Networks.Allows(adminAllowedIps, http.HttpContext?.Connection.RemoteIpAddress);
    }

    /// <summary>
    /// The caller's permissions in the route's organisation <paramref name="orgId"/>, as the caller query read them; null
    /// when the organisation does not exist or the caller is neither a member (nor global admin) nor a key bound to it.
    /// </summary>
    internal async Task<IReadOnlySet<string>?> RouteOrgPermissionsAsync(Guid orgId, CancellationToken ct)
    {
        await LoadAsync(ct);
        return routeOrgId == orgId ? routeOrgPermissions : null;
    }

    /// <summary>
    /// The caller's permissions in the MSP knowledge base (<see cref="PlatformKnowledgeBase"/>), null when it may not read
    /// it: what a global administrator, a platform-wide grant or an all-organisations key holds everywhere, plus
    /// <c>docs.read</c> for reading documentation anywhere. The knowledge base's routes and GET /docs/knowledge-base
    /// both answer from here; for a person it is one query (<see cref="UserAccess.KnowledgeBaseAccessAsync"/>).
    /// </summary>
    public async Task<IReadOnlySet<string>?> KnowledgeBasePermissionsAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (knowledgeBaseLoaded)
            return knowledgeBasePermissions;
        knowledgeBaseLoaded = true;
        if (key is not null)
            knowledgeBasePermissions = PlatformKnowledgeBase.PermissionsFrom(key.AllOrgs ? key.Scopes : [], key.Scopes.Contains("docs.read"));
        else if (user is { IsGlobalAdmin: true })
            knowledgeBasePermissions = PlatformKnowledgeBase.Permissions;
        else if (user is not null)
        {
            var access = await UserAccess.KnowledgeBaseAccessAsync(db, user.Id, ct);
            knowledgeBasePermissions = PlatformKnowledgeBase.PermissionsFrom(access.Permissions, access.ReadsDocsSomewhere);
        }
        return knowledgeBasePermissions;
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        if (loaded)
            return;
        loaded = true;
        var principal = http.HttpContext?.User;
        if (principal is null)
            return;
        var tokenId = principal.GetClaim(Claims.Private.TokenId);
        var authorizationId = principal.GetClaim(Claims.Private.AuthorizationId);
        var orgId = Guid.TryParse(http.HttpContext!.GetRouteValue("orgId")?.ToString(), out var o) ? o : (Guid?)null;
        var now = DateTimeOffset.UtcNow;
        if (ApiKeyId is { } keyId)
            await LoadKeyAsync(keyId, tokenId, authorizationId, orgId, now, ct);
        else if (UserId is { } userId)
            await LoadUserAsync(userId, tokenId, authorizationId, orgId, now, ct);
    }

    private async Task LoadUserAsync(Guid userId, string? tokenId, string? authorizationId, Guid? orgId, DateTimeOffset now, CancellationToken ct)
    {
        var sessionId = SessionId;
        var auth = options.Value.Auth;
        var row = await CallerQuery.UserAsync(db, tokenId, authorizationId, userId, sessionId, now, now - auth.IdleTimeout, orgId, auth.ReauthWindow, ct);
        if (row is null || !row.TokenValid || (sessionId is not null && !row.SessionFound))
            return;
        adminAllowedIps = row.AdminAllowedIps;
        // Keeps the session from going idle; written at most once a minute per session.
        if (sessionId is { } sid && row.LastSeenAt < now.AddMinutes(-1))
            await db.Database.ExecuteSqlAsync($"UPDATE sessions SET last_seen_at = {now} WHERE id = {sid}", ct);
        user = new ActorUser(userId, row.Email, row.DisplayName, row.IsGlobalAdmin, row.MustChangePassword, row.MfaEnabled, row.MustEnrolMfa);
        // In an organisation, the shortest window among the caller's roles there (ReauthWindows); elsewhere the platform's.
        ReauthWindow = row.OrgReauthSeconds is { } seconds ? TimeSpan.FromSeconds(seconds) : auth.ReauthWindow;
        ReauthenticatedRecently = row.SessionFound && row.ReauthenticatedAt > now - ReauthWindow;
        if (orgId is { } org)
        {
            routeOrgId = org;
            routeOrgPermissions = org == PlatformKnowledgeBase.OrgId
                ? await KnowledgeBasePermissionsAsync(ct)
                : row.OrgVisible != true ? null
                : row.IsGlobalAdmin ? PermissionCatalog.Names
                : (row.OrgPermissions ?? []).ToHashSet(StringComparer.Ordinal);
        }
    }

    private async Task LoadKeyAsync(Guid keyId, string? tokenId, string? authorizationId, Guid? orgId, DateTimeOffset now, CancellationToken ct)
    {
        var row = await CallerQuery.KeyAsync(db, tokenId, authorizationId, keyId, now, orgId, ct);
        if (row is null || !row.TokenValid)
            return;
        adminAllowedIps = row.AdminAllowedIps;
        var ip = http.HttpContext?.Connection.RemoteIpAddress;
        var tokenScopes = http.HttpContext!.User.GetScopes();
        var allowed = Http.Networks.Allows(row.AllowedIps, ip);
        if (allowed && (row.LastUsedAt is null || row.LastUsedAt < now.AddMinutes(-1)))
        {
            var staleBefore = now.AddMinutes(-1);
            var lastIp = ip?.ToString();
            await db.Database.ExecuteSqlAsync(
                $"UPDATE api_keys SET last_used_at = {now}, last_used_ip = {lastIp} WHERE id = {keyId} AND (last_used_at IS NULL OR last_used_at < {staleBefore})", ct);
        }
        key = new ActorKey(keyId, row.Name, row.OrgId, row.AllOrgs, row.OrgIds,
            row.Scopes.Where(tokenScopes.Contains).ToHashSet(StringComparer.Ordinal), allowed);
        if (orgId is { } org)
        {
            routeOrgId = org;
            routeOrgPermissions = org == PlatformKnowledgeBase.OrgId
                ? await KnowledgeBasePermissionsAsync(ct)
                : row.OrgExists == true && key.IsBoundTo(org) ? key.Scopes : null;
        }
    }
}
