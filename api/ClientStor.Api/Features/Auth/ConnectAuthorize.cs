using System.Security.Claims;
using ClientStor.Api.Platform.Configuration;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
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
                await Send.ResultAsync(OAuthAnswers.Refuse(Oidc.Errors.LoginRequired, "The user is not signed in."));
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
        await Send.ResultAsync(OAuthAnswers.Issue(identity));
    }
}
