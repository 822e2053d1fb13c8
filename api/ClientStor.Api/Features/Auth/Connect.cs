using ClientStor.Api.Features.ApiKeys;
using System.Collections.Immutable;
using System.Security.Claims;
using ClientStor.Api.Platform.Auditing;
using ClientStor.Api.Platform.Authorization;
using ClientStor.Api.Platform.Configuration;
using ClientStor.Api.Platform.OpenApi;
using FastEndpoints;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using Oidc = OpenIddict.Abstractions.OpenIddictConstants;

namespace ClientStor.Api.Features.Auth;

/// <summary>
/// OAuth 2.0 authorization endpoint (code + PKCE). OpenIddict validates the request; this decides who the
/// user is, from the session cookie set by <c>POST /api/v1/auth/login</c>, and sends the browser to the SPA's
/// login page when there is none.
/// </summary>
public sealed class AuthorizeEndpoint(Sessions sessions, IOptions<ClientStorOptions> options,
    IOpenIddictAuthorizationManager authorizations, IOpenIddictApplicationManager applications) : EndpointWithoutRequest, IMultiVerbEndpoint
{
    public override void Configure()
    {
        Verbs(Http.GET, Http.POST);
        Routes("/connect/authorize");
        AllowAnonymous();
        Options(x => x.ExcludeFromDescription());
    }

    public override async Task HandleAsync(CancellationToken ct)
    {
        var request = HttpContext.GetOpenIddictServerRequest()
            ?? throw new InvalidOperationException("The OpenID Connect request cannot be retrieved.");
        var cookie = await HttpContext.AuthenticateAsync(Sessions.CookieScheme);
        var active = cookie.Succeeded ? await sessions.FindActiveAsync(cookie.Principal!, ct) : null;

        if (active is null || request.HasPromptValue(Oidc.PromptValues.Login))
        {
            if (request.HasPromptValue(Oidc.PromptValues.None))
            {
                await Send.ResultAsync(Results.Forbid(Error(Oidc.Errors.LoginRequired, "The user is not signed in."),
                    [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]));
                return;
            }
            var parameters = HttpContext.Request.HasFormContentType
                ? HttpContext.Request.Form.Where(p => p.Key != Oidc.Parameters.Prompt).ToList()
                : HttpContext.Request.Query.Where(p => p.Key != Oidc.Parameters.Prompt).ToList();
            var returnUrl = HttpContext.Request.PathBase + HttpContext.Request.Path + QueryString.Create(parameters);
            await Send.RedirectAsync($"{options.Value.Spa.LoginPath}?returnUrl={Uri.EscapeDataString(returnUrl)}", allowRemoteRedirects: false);
            return;
        }

        var (session, user) = active.Value;
        var identity = new ClaimsIdentity(TokenValidationParameters.DefaultAuthenticationType, Oidc.Claims.Name, Oidc.Claims.Role);
        identity.SetClaim(Oidc.Claims.Subject, user.Id.ToString())
            .SetClaim(Oidc.Claims.Email, user.Email)
            .SetClaim(Oidc.Claims.Name, user.DisplayName)
            .SetClaim(ClientStorClaims.SessionId, session.Id.ToString());
        identity.SetScopes(request.GetScopes().Intersect([Oidc.Scopes.OpenId, Oidc.Scopes.Profile, Oidc.Scopes.Email, Oidc.Scopes.OfflineAccess, Platform.Authorization.Policies.ApiScope]));
        identity.SetResources(Platform.Authentication.AuthenticationSetup.ApiResource);

        // An explicit authorization per sign-in, linked to the session: ending the session revokes it and its tokens.
        var application = await applications.FindByClientIdAsync(request.ClientId!, ct)
            ?? throw new InvalidOperationException("The client application cannot be found.");
        var authorization = await authorizations.CreateAsync(new ClaimsPrincipal(identity), user.Id.ToString(),
            (await applications.GetIdAsync(application, ct))!, Oidc.AuthorizationTypes.AdHoc, identity.GetScopes(), ct);
        var authorizationId = (await authorizations.GetIdAsync(authorization, ct))!;
        identity.SetAuthorizationId(authorizationId);
        await sessions.LinkAuthorizationAsync(session.Id, authorizationId, AuditActor.User(user.Id, user.Email), ct);

        identity.SetDestinations(TokenClaims.For);
        await Send.ResultAsync(Results.SignIn(new ClaimsPrincipal(identity), null, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme));
    }

    private static AuthenticationProperties Error(string error, string description) => new(new Dictionary<string, string?>
    {
        [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
        [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
    });
}

/// <summary>
/// OAuth 2.0 token endpoint. Code and refresh-token grants are re-checked against the database: a
/// deactivated user or an ended session gets no new tokens.
/// </summary>
public sealed class TokenEndpoint(Sessions sessions, AuditLog audit, Platform.Data.ClientStorDbContext db, IOptions<ClientStorOptions> options) : EndpointWithoutRequest
{
    public override void Configure()
    {
        Post("/connect/token");
        AllowAnonymous();
        Options(x => x.ExcludeFromDescription());
    }

    public override async Task HandleAsync(CancellationToken ct)
    {
        var request = HttpContext.GetOpenIddictServerRequest()
            ?? throw new InvalidOperationException("The OpenID Connect request cannot be retrieved.");
        if (request.IsClientCredentialsGrantType())
        {
            await IssueForApiKeyAsync(request, ct);
            return;
        }
        if (!request.IsAuthorizationCodeGrantType() && !request.IsRefreshTokenGrantType())
        {
            await Send.ResultAsync(Results.Forbid(Error(Oidc.Errors.UnsupportedGrantType, "This grant type is not supported."),
                [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]));
            return;
        }

        var result = await HttpContext.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        var active = result.Principal is null ? null : await sessions.FindActiveAsync(result.Principal, ct);
        var grant = request.IsAuthorizationCodeGrantType() ? "authorization_code" : "refresh_token";
        if (active is null)
        {
            await audit.SaveAsync(new AuditEntry(AuditCategories.Authentication, "token.refused")
            {
                Outcome = AuditOutcomes.Denied,
                Actor = Guid.TryParse(result.Principal?.GetClaim(Oidc.Claims.Subject), out var sub) ? AuditActor.User(sub, null) : null,
                TargetType = "client", TargetId = request.ClientId, Details = new { grant, reason = "session ended or user inactive" },
            }, ct);
            await Send.ResultAsync(Results.Forbid(Error(Oidc.Errors.InvalidGrant, "The session has ended or the account is no longer active. Sign in again."),
                [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]));
            return;
        }

        var user = active.Value.User;
        await audit.SaveAsync(new AuditEntry(AuditCategories.Authentication, grant == "authorization_code" ? "token.issued" : "token.refreshed")
        {
            Actor = AuditActor.User(user.Id, user.Email), TargetType = "client", TargetId = request.ClientId,
            Details = new { grant, scopes = result.Principal!.GetScopes() },
        }, ct);
        var identity = new ClaimsIdentity(result.Principal!.Claims, TokenValidationParameters.DefaultAuthenticationType, Oidc.Claims.Name, Oidc.Claims.Role);
        identity.SetClaim(Oidc.Claims.Email, user.Email).SetClaim(Oidc.Claims.Name, user.DisplayName);
        identity.SetDestinations(TokenClaims.For);
        await Send.ResultAsync(Results.SignIn(new ClaimsPrincipal(identity), null, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme));
    }

    /// <summary>
    /// Client credentials for an API key. OpenIddict has checked the secret and that every requested scope is one
    /// of the key's; here the key itself is checked (revoked, expired, caller IP) and the token gets the requested
    /// scopes, or all of the key's when none are requested — narrowing, never widening.
    /// </summary>
    private async Task IssueForApiKeyAsync(OpenIddictRequest request, CancellationToken ct)
    {
        var now = DateTimeOffset.UtcNow;
        var ip = HttpContext.Connection.RemoteIpAddress;
        var key = await db.ApiKeys.IgnoreQueryFilters().AsNoTracking().FirstOrDefaultAsync(k => k.ClientId == request.ClientId, ct);
        var requested = request.GetScopes().Where(s => s != Platform.Authorization.Policies.ApiScope).ToList();
        // (audited reason, OAuth error, what the caller reads)
        (string Reason, string Error, string Description)? refusal =
            key is null ? ("unknown key", Oidc.Errors.InvalidClient, "The API key is unknown.")
            : key.RevokedAt is not null ? ("revoked", Oidc.Errors.InvalidClient, "The API key is revoked.")
            : key.ExpiresAt <= now ? ("expired", Oidc.Errors.InvalidClient, "The API key is expired.")
            : !Platform.Http.Networks.Allows(key.AllowedIps, ip) ? ("address not allowed", Oidc.Errors.InvalidClient, "This API key may not be used from this IP address.")
            : requested.Except(key.Scopes).Any() ? ("scope not granted to the key", Oidc.Errors.InvalidScope, "A requested scope is not one of the key's scopes.")
            : null;
        if (refusal is { } no)
        {
            await audit.SaveAsync(new AuditEntry(AuditCategories.Api, "token.refused")
            {
                Outcome = AuditOutcomes.Denied, OrgId = key?.OrgId, TargetType = "apikey", TargetId = key?.Id.ToString(),
                Actor = key is null ? new AuditActor("api-key", null, request.ClientId) : new AuditActor("api-key", key.Id.ToString(), key.Name),
                Details = new { grant = "client_credentials", reason = no.Reason, ip = ip?.ToString() },
            }, ct);
            await Send.ResultAsync(Results.Forbid(Error(no.Error, no.Description), [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]));
            return;
        }
        var actor = new AuditActor("api-key", key!.Id.ToString(), key.Name);
        var scopes = requested.Count == 0 ? key!.Scopes : requested.Distinct().ToList();
        var identity = new ClaimsIdentity(TokenValidationParameters.DefaultAuthenticationType, Oidc.Claims.Name, Oidc.Claims.Role);
        identity.SetClaim(Oidc.Claims.Subject, key!.ClientId)
            .SetClaim(Oidc.Claims.Name, key.Name)
            .SetClaim(ClientStorClaims.ApiKeyId, key.Id.ToString());
        identity.SetScopes([Platform.Authorization.Policies.ApiScope, .. scopes]);
        identity.SetResources(Platform.Authentication.AuthenticationSetup.ApiResource);
        identity.SetAccessTokenLifetime(options.Value.Auth.ApiKeyTokenLifetime);
        identity.SetDestinations(TokenClaims.For);
        await audit.SaveAsync(new AuditEntry(AuditCategories.Api, "token.issued")
        {
            Actor = actor, OrgId = key.OrgId, TargetType = "apikey", TargetId = key.Id.ToString(),
            Details = new { grant = "client_credentials", scopes, ip = ip?.ToString() },
        }, ct);
        await Send.ResultAsync(Results.SignIn(new ClaimsPrincipal(identity), null, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme));
    }

    private static AuthenticationProperties Error(string error, string description) => new(new Dictionary<string, string?>
    {
        [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
        [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
    });
}

/// <summary>OpenID Connect end-session endpoint: ends the session behind the cookie, then returns to the client.</summary>
public sealed class EndSessionEndpoint(Sessions sessions) : EndpointWithoutRequest, IMultiVerbEndpoint
{
    public override void Configure()
    {
        Verbs(Http.GET, Http.POST);
        Routes("/connect/logout");
        AllowAnonymous();
        Options(x => x.ExcludeFromDescription());
    }

    public override async Task HandleAsync(CancellationToken ct)
    {
        var cookie = await HttpContext.AuthenticateAsync(Sessions.CookieScheme);
        if (cookie.Succeeded && Guid.TryParse(cookie.Principal!.GetClaim(ClientStorClaims.SessionId), out var sid))
            await sessions.EndAsync(sid, "logout", ct);
        await HttpContext.SignOutAsync(Sessions.CookieScheme);
        await Send.ResultAsync(Results.SignOut(new AuthenticationProperties { RedirectUri = "/" },
            [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]));
    }
}

internal static class TokenClaims
{
    /// <summary>Which token each claim goes into: nothing reaches a token unless listed here.</summary>
    public static IEnumerable<string> For(Claim claim) => claim.Type switch
    {
        Oidc.Claims.Subject or ClientStorClaims.SessionId => [Oidc.Destinations.AccessToken, Oidc.Destinations.IdentityToken],
        Oidc.Claims.Name when claim.Subject!.HasScope(Oidc.Scopes.Profile) => [Oidc.Destinations.AccessToken, Oidc.Destinations.IdentityToken],
        Oidc.Claims.Email when claim.Subject!.HasScope(Oidc.Scopes.Email) || claim.Subject!.HasScope(Oidc.Scopes.Profile) =>
            [Oidc.Destinations.AccessToken, Oidc.Destinations.IdentityToken],
        Oidc.Claims.Name or Oidc.Claims.Email => [Oidc.Destinations.AccessToken],
        "AspNet.Identity.SecurityStamp" => [],
        _ => [Oidc.Destinations.AccessToken],
    };
}
