using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using Oidc = OpenIddict.Abstractions.OpenIddictConstants;

namespace ClientStor.Api.Features.Auth;

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

/// <summary>The answers of the passthrough <c>/connect</c> endpoints, written by OpenIddict in OAuth's own format.</summary>
internal static class OAuthAnswers
{
    /// <summary>An OAuth error (<c>invalid_grant</c>, <c>login_required</c>...) with its description.</summary>
    public static IResult Refuse(string error, string description) => Results.Forbid(new AuthenticationProperties(new Dictionary<string, string?>
    {
        [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
        [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
    }), [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);

    /// <summary>Tokens (or a code) for the identity.</summary>
    public static IResult Issue(ClaimsIdentity identity) =>
        Results.SignIn(new ClaimsPrincipal(identity), null, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
}
