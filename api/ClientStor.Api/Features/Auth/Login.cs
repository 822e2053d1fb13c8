using ClientStor.Api.Features.Users;
using ClientStor.Api.Platform.Errors;
using ClientStor.Api.Platform.OpenApi;
using FastEndpoints;
using FluentValidation;

namespace ClientStor.Api.Features.Auth;

public sealed class LoginRequest
{
    public string Email { get; set; } = "";
    public string Password { get; set; } = "";
}

public sealed class LoginResponse
{
    /// <summary><c>ok</c> when signed in (later also <c>mfa_required</c>).</summary>
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
public sealed class LoginEndpoint(UserAccounts accounts, Sessions sessions) : Endpoint<LoginRequest, LoginResponse>
{
    public override void Configure()
    {
        Post("/api/v1/auth/login");
        AllowAnonymous();
        Tags("Auth");
        Summary(s =>
        {
            s.Summary = "Sign in with email and password";
            s.Description = "Starts a session (HttpOnly cookie) that /connect/authorize uses to issue tokens. A wrong email, a wrong password, a locked and a deactivated account all get the same 401. After too many wrong passwords in a row the account locks for a while.";
        });
        Description(b => b.WithMetadata(new ProblemResponses(401)));
    }

    public override async Task HandleAsync(LoginRequest req, CancellationToken ct)
    {
        var user = await accounts.VerifyAsync(req.Email, req.Password, ct);
        if (user is null)
        {
            await Send.ResultAsync(Problems.Unauthorized("Email or password is incorrect."));
            return;
        }
        await sessions.StartAsync(HttpContext, user, ct);
        await Send.OkAsync(new LoginResponse { Status = "ok" }, ct);
    }
}
