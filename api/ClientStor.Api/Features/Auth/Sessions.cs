using System.Security.Claims;
using ClientStor.Api.Features.Users;
using ClientStor.Api.Platform.Configuration;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace ClientStor.Api.Features.Auth;

/// <summary>Starts and ends database-backed sessions and the cookie that carries them.</summary>
public sealed class Sessions(
    ClientStorDbContext db,
    AuditLog audit,
    IOptions<ClientStorOptions> options,
    IOpenIddictAuthorizationManager authorizations,
    IOpenIddictTokenManager tokens)
{
    public const string CookieScheme = "ClientStor.Session";
    public const string CookieName = "clientstor.session";

    /// <summary>How long a password-verified sign-in waits for its second factor.</summary>
    public static readonly TimeSpan MfaPendingLifetime = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Starts a session and sets its cookie. <paramref name="mfaPending"/>: the password was right but the second
    /// factor is owed; such a session lives five minutes and cannot obtain tokens. <paramref name="replaces"/>:
    /// the MFA-pending session this one completes — it ends, so the session id changes once MFA succeeds.
    /// </summary>
    public async Task<Session> StartAsync(HttpContext http, User user, CancellationToken ct, bool mfaPending = false, string method = "password",
        Session? replaces = null, IEnumerable<AuditEntry>? alsoAudit = null)
    {
        var now = DateTimeOffset.UtcNow;
        var session = new Session
        {
            Id = Guid.CreateVersion7(),
            UserId = user.Id,
            CreatedAt = now,
            LastSeenAt = now,
            ReauthenticatedAt = now,
            ExpiresAt = now + (mfaPending ? MfaPendingLifetime : options.Value.Auth.SessionLifetime),
            MfaPending = mfaPending,
            Ip = http.Connection.RemoteIpAddress?.ToString(),
            UserAgent = Truncate(http.Request.Headers.UserAgent.ToString(), 512),
        };
        db.Sessions.Add(session);
        if (replaces is not null)
            await db.Sessions.Where(s => s.Id == replaces.Id && s.EndedAt == null).ExecuteUpdateAsync(s => s.SetProperty(x => x.EndedAt, now), ct);
        var entries = new List<AuditEntry>(alsoAudit ?? [])
        {
            new(AuditCategories.Authentication, mfaPending ? "login.mfa_required" : "login.succeeded")
            {
                Actor = AuditActor.User(user.Id, user.Email), TargetType = "session", TargetId = session.Id.ToString(),
                Details = new { method, replacesSession = replaces?.Id },
            },
        };
        await audit.SaveAsync(entries, ct);

        var identity = new ClaimsIdentity(CookieScheme, Claims.Name, Claims.Role);
        identity.AddClaim(new Claim(Claims.Subject, user.Id.ToString()));
        identity.AddClaim(new Claim(ClientStorClaims.SessionId, session.Id.ToString()));
        await http.SignInAsync(CookieScheme, new ClaimsPrincipal(identity),
            new AuthenticationProperties { ExpiresUtc = session.ExpiresAt, IsPersistent = false });
        return session;
    }

    /// <summary>The MFA-pending session (and its user) behind the cookie, or null.</summary>
    public async Task<Session?> FindPendingMfaAsync(ClaimsPrincipal principal, CancellationToken ct)
    {
        if (!Guid.TryParse(principal.GetClaim(ClientStorClaims.SessionId), out var sid)
            || !Guid.TryParse(principal.GetClaim(Claims.Subject), out var sub))
            return null;
        var now = DateTimeOffset.UtcNow;
        var session = await db.Sessions.AsNoTracking().Include(s => s.User)
            .FirstOrDefaultAsync(s => s.Id == sid && s.UserId == sub && s.MfaPending && s.EndedAt == null && s.ExpiresAt > now, ct);
        return session?.User is { IsActive: true } user && !(user.LockedUntil > now) ? session : null;
    }

    /// <summary>The active session and user behind a principal (cookie or token), or null.</summary>
    public async Task<(Session Session, User User)?> FindActiveAsync(ClaimsPrincipal principal, CancellationToken ct)
    {
        if (!Guid.TryParse(principal.GetClaim(ClientStorClaims.SessionId), out var sid)
            || !Guid.TryParse(principal.GetClaim(Claims.Subject), out var sub))
            return null;
        var now = DateTimeOffset.UtcNow;
        var idleSince = now - options.Value.Auth.IdleTimeout;
        var session = await db.Sessions.AsNoTracking().Include(s => s.User)
            .FirstOrDefaultAsync(s => s.Id == sid && s.UserId == sub && !s.MfaPending && s.EndedAt == null && s.ExpiresAt > now && s.LastSeenAt > idleSince, ct);
        if (session?.User is not { IsActive: true } user)
            return null;
        session.LastSeenAt = now;
        await db.Sessions.Where(s => s.Id == sid).ExecuteUpdateAsync(s => s.SetProperty(x => x.LastSeenAt, now), ct);
        return (session, user);
    }

    public async Task LinkAuthorizationAsync(Guid sessionId, string authorizationId, AuditActor actor, CancellationToken ct)
    {
        db.SessionAuthorizations.Add(new SessionAuthorization { SessionId = sessionId, AuthorizationId = authorizationId });
        await audit.SaveAsync(new AuditEntry(AuditCategories.Authentication, "oauth.authorized")
        {
            Actor = actor, TargetType = "session", TargetId = sessionId.ToString(), Details = new { authorizationId },
        }, ct);
    }

    /// <summary>Ends the session and revokes every authorization and token minted through it.</summary>
    public Task EndAsync(Guid sessionId, string reason, CancellationToken ct) => EndAsync(sessionId, reason, recorded: true, ct);

    /// <summary>The user's active sessions (but <paramref name="keep"/>): what a change that ends them names in its own audit row.</summary>
    public Task<List<Guid>> ActiveAsync(Guid userId, Guid? keep, CancellationToken ct)
    {
        var now = DateTimeOffset.UtcNow;
        return db.Sessions.Where(s => s.UserId == userId && s.EndedAt == null && s.ExpiresAt > now && s.Id != keep).Select(s => s.Id).ToListAsync(ct);
    }

    /// <summary>
    /// Ends sessions as the consequence of a change (password reset, deactivation) whose one audit row already names them,
    /// so no row per session is written.
    /// </summary>
    public async Task EndForAsync(IEnumerable<Guid> sessionIds, string reason, CancellationToken ct)
    {
        foreach (var id in sessionIds)
            await EndAsync(id, reason, recorded: false, ct);
    }

    private async Task EndAsync(Guid sessionId, string reason, bool recorded, CancellationToken ct)
    {
        var now = DateTimeOffset.UtcNow;
        await using (var tx = await db.Database.BeginTransactionAsync(ct))
        {
            var ended = await db.Sessions.Where(s => s.Id == sessionId && s.EndedAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.EndedAt, now), ct);
            if (ended > 0 && recorded)
            {
                var owner = await db.Sessions.AsNoTracking().Where(s => s.Id == sessionId)
                    .Select(s => new { s.UserId, s.User!.Email }).SingleAsync(ct);
                await audit.SaveAsync(new AuditEntry(AuditCategories.Authentication, "session.ended")
                {
                    Actor = AuditActor.User(owner.UserId, owner.Email), TargetType = "session", TargetId = sessionId.ToString(),
                    Details = new { reason },
                }, ct);
            }
            await tx.CommitAsync(ct);
        }
        var ids = await db.SessionAuthorizations.Where(a => a.SessionId == sessionId).Select(a => a.AuthorizationId).ToListAsync(ct);
        foreach (var id in ids)
        {
            if (await authorizations.FindByIdAsync(id, ct) is { } authorization)
                await authorizations.TryRevokeAsync(authorization, ct);
            await tokens.RevokeByAuthorizationIdAsync(id, ct);
        }
    }

    internal static void ConfigureCookie(CookieAuthenticationOptions o, bool requireHttps, TimeSpan lifetime)
    {
        o.Cookie.Name = CookieName;
        o.Cookie.HttpOnly = true;
        o.Cookie.SameSite = SameSiteMode.Lax;
        o.Cookie.SecurePolicy = requireHttps ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
        o.ExpireTimeSpan = lifetime;
        o.SlidingExpiration = false;
        // An API never redirects to a login page: the SPA owns that.
        o.Events.OnRedirectToLogin = ctx => { ctx.Response.StatusCode = 401; return Task.CompletedTask; };
        o.Events.OnRedirectToAccessDenied = ctx => { ctx.Response.StatusCode = 403; return Task.CompletedTask; };
    }

    private static string? Truncate(string? value, int max) =>
        string.IsNullOrEmpty(value) ? null : value.Length <= max ? value : value[..max];
}
