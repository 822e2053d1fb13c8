using Microsoft.AspNetCore.Authentication;

namespace ClientStor.Api.Features.Auth;

/// <summary>Ends the caller's session: the cookie is cleared and every token minted through the session stops working.</summary>
public sealed class LogoutEndpoint(Sessions sessions, CurrentActor actor) : EndpointWithoutRequest
{
    public override void Configure()
    {
        Post("auth/logout");
        Group<AuthGroup>();
        this.RequireSignedIn();
        Description(b => b.WithMetadata(new AllowedDuringPasswordChange(), new AllowedDuringMfaEnrolment()));
        Summary(s => s.Summary = "Sign out: end the current session and revoke its tokens");
    }

    public override async Task HandleAsync(CancellationToken ct)
    {
        if (actor.SessionId is { } sid)
            await sessions.EndAsync(sid, "logout", ct);
        await HttpContext.SignOutAsync(Sessions.CookieScheme);
        await Send.NoContentAsync(ct);
    }
}
