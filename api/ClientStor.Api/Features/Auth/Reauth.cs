using ClientStor.Api.Features.Users;
using ClientStor.Api.Platform.Auditing;
using ClientStor.Api.Platform.Authorization;
using ClientStor.Api.Platform.Data;
using ClientStor.Api.Platform.Errors;
using FastEndpoints;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace ClientStor.Api.Features.Auth;

public sealed class ReauthRequest
{
    public string Password { get; set; } = "";
}

public sealed class ReauthResponse
{
    /// <summary>Until when sensitive operations are allowed without asking again.</summary>
    public required DateTimeOffset ValidUntil { get; set; }
}

internal sealed class ReauthValidator : Validator<ReauthRequest>
{
    public ReauthValidator() => RuleFor(x => x.Password).NotEmpty().WithMessage("Enter your password.");
}

/// <summary>
/// Step-up: confirms the signed-in person's password so sensitive operations (role and membership changes,
/// user deactivation, password resets) are allowed for the next few minutes. Wrong passwords count
/// toward lockout like sign-in failures.
/// </summary>
public sealed class ReauthEndpoint(ClientStorDbContext db, CurrentActor actor, UserAccounts accounts, AuditLog audit,
    Microsoft.Extensions.Options.IOptions<Platform.Hosting.ClientStorOptions> options) : Endpoint<ReauthRequest, ReauthResponse>
{
    public override void Configure()
    {
        Post("/api/v1/auth/reauth");
        Policies(Platform.Authorization.Policies.Api);
        Tags("Auth");
        Summary(s => s.Summary = "Re-authenticate for sensitive operations");
    }

    public override async Task HandleAsync(ReauthRequest req, CancellationToken ct)
    {
        var me = (await actor.UserAsync(ct))!;
        if (actor.SessionId is not { } sid)
        {
            await Send.ResultAsync(Problems.Forbidden("Only a signed-in person can re-authenticate."));
            return;
        }
        var user = await accounts.VerifyAsync(me.Email, req.Password, ct);
        if (user is null)
        {
            await Send.ResultAsync(Problems.Validation("password", "The password is not correct."));
            return;
        }
        var now = DateTimeOffset.UtcNow;
        var session = await db.Sessions.FirstAsync(s => s.Id == sid, ct);
        session.ReauthenticatedAt = now;
        await audit.SaveAsync(new AuditEntry(AuditCategories.Authentication, "reauth.succeeded")
        {
            TargetType = "session", TargetId = sid.ToString(),
        }, ct);
        await Send.OkAsync(new ReauthResponse { ValidUntil = now + options.Value.Auth.ReauthWindow }, ct);
    }
}
