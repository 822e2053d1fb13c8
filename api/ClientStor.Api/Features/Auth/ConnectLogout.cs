using Microsoft.AspNetCore.Authentication;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;

namespace ClientStor.Api.Features.Auth;

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
