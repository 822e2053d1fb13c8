
namespace ClientStor.Api.Features.Users;

public sealed class CreateUserRequest
{
    public string Email { get; set; } = "";
    public string? DisplayName { get; set; }
    /// <summary>Initial password; the user must change it at first sign-in unless <c>mustChangePassword</c> is false.</summary>
    public string Password { get; set; } = "";
    public bool IsGlobalAdmin { get; set; }
    public bool MustChangePassword { get; set; } = true;
}

internal sealed class CreateUserValidator : Validator<CreateUserRequest>
{
    public CreateUserValidator()
    {
        RuleFor(x => x.Email).NotEmpty().WithMessage("Enter a valid email address.");
        RuleFor(x => x.Password).NotEmpty().WithMessage("Give an initial password.");
    }
}

/// <summary>Creates a user account (platform administration).</summary>
public sealed class CreateUserEndpoint(UserAccounts accounts) : Endpoint<CreateUserRequest, UserResponse>
{
    public override void Configure()
    {
        Post("users");
        Group<UsersGroup>();
        this.RequirePlatformAdmin();
        Summary(s => s.Summary = "Create a user");
        Description(b => b.Produces<UserResponse>(201).WithMetadata(new ProblemResponses(409)));
    }

    public override async Task HandleAsync(CreateUserRequest req, CancellationToken ct)
    {
        var result = await accounts.CreateAsync(req.Email, req.Password, req.DisplayName, req.IsGlobalAdmin, ct, req.MustChangePassword);
        if (result.User is not { } user)
            throw result.IsConflict ? new ConflictException(result.Error!, result.Field) : new FieldErrorsException(result.Field!, result.Error!);
        await Send.CreatedAsync(user.Id, user.ToResponse(), ct);
    }
}
