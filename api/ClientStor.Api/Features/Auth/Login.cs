using ClientStor.Api.Features.Users;
using ClientStor.Api.Platform.RateLimiting;
using ClientStor.Api.Platform.Security;

namespace ClientStor.Api.Features.Auth;

public sealed class LoginRequest
{
    public string Email { get; set; } = "";
    public string Password { get; set; } = "";
}

public sealed class LoginResponse
{
    /// <summary>
    /// <c>ok</c>: signed in. <c>mfa_required</c>: send a code to <c>POST /api/v1/auth/mfa</c> to finish.
    /// <c>mfa_enrollment_required</c>: signed in, but only MFA enrolment is allowed until it is done.
    /// </summary>
    public required string Status { get; set; }
}

internal sealed class LoginValidator : Validator<LoginRequest>
{
    public LoginValidator()
    {
        RuleFor(x => x.Email).NotEmpty().WithMessage("Enter your email address.").MaximumLength(320);
        RuleFor(x => x.Password).NotEmpty().WithMessage("Enter your password.").MaximumLength(PasswordPolicy.MaxLength * 4);
    }
}

/// <summary>Signs a person in with email and password and starts a session (HttpOnly cookie).</summary>
public sealed class LoginEndpoint(UserAccounts accounts, Sessions sessions, MfaService mfa, RateLimits limits) : Endpoint<LoginRequest, LoginResponse>
{
    public override void Configure()
    {
        Post("auth/login");
        Group<AuthGroup>();
        AllowAnonymous();
        Summary(s =>
        {
            s.Summary = "Sign in with email and password";
            s.Description = "Starts a session (HttpOnly cookie) that /connect/authorize uses to issue tokens. A wrong email, a wrong password, a locked and a deactivated account all get the same 401. After too many wrong passwords in a row the account locks for a while. With MFA on, the answer is mfa_required and the session is only usable for POST /api/v1/auth/mfa.";
        });
        Description(b => b.WithMetadata(new ProblemResponses(401), new RequestBodyLimit(SecurityModule.SignInBodyLimit)));
    }

    public override async Task HandleAsync(LoginRequest req, CancellationToken ct)
    {
        if (limits.Acquire(HttpContext, RateLimits.LoginPerAccount, req.Email.Trim().ToLowerInvariant()) is { } refused)
        {
            await Send.ResultAsync(refused);
            return;
        }
        var user = await accounts.VerifyAsync(req.Email, req.Password, ct);
        if (user is null)
        {
            await Send.ResultAsync(Problems.Unauthorized("Email or password is incorrect."));
            return;
        }
        if (user.TotpSecret is not null)
        {
            await sessions.StartAsync(HttpContext, user, ct, mfaPending: true);
            await Send.OkAsync(new LoginResponse { Status = "mfa_required" }, ct);
            return;
        }
        var mustEnrol = await mfa.IsRequiredAsync(user, ct);
        await sessions.StartAsync(HttpContext, user, ct);
        await Send.OkAsync(new LoginResponse { Status = mustEnrol ? "mfa_enrollment_required" : "ok" }, ct);
    }
}
