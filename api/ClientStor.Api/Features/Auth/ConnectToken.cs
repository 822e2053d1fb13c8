using System.Security.Claims;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using Oidc = OpenIddict.Abstractions.OpenIddictConstants;

namespace ClientStor.Api.Features.Auth;

/// <summary>
/// OAuth 2.0 token endpoint. Code and refresh-token grants are re-checked against the database: a
/// deactivated user or an ended session gets no new tokens. Client credentials (API keys) are
/// <see cref="ClientCredentialsGrant"/>'s.
/// </summary>
public sealed class TokenEndpoint(Sessions sessions, AuditLog audit, ClientCredentialsGrant apiKeys) : EndpointWithoutRequest
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
            await Send.ResultAsync(await apiKeys.IssueAsync(HttpContext, request, ct));
            return;
        }
        if (!request.IsAuthorizationCodeGrantType() && !request.IsRefreshTokenGrantType())
        {
            await Send.ResultAsync(OAuthAnswers.Refuse(Oidc.Errors.UnsupportedGrantType, "This grant type is not supported."));
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
            await Send.ResultAsync(OAuthAnswers.Refuse(Oidc.Errors.InvalidGrant, "The session has ended or the account is no longer active. Sign in again."));
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
        await Send.ResultAsync(OAuthAnswers.Issue(identity));
    }
}
