
namespace ClientStor.Api.Features.Users;

public sealed class GetUserRequest
{
    [RouteParam] public Guid UserId { get; set; }
}

/// <summary>One user account (platform administration).</summary>
public sealed class GetUserEndpoint(ClientStorDbContext db) : Endpoint<GetUserRequest, UserResponse>
{
    public override void Configure()
    {
        Get("users/{userId}");
        Group<UsersGroup>();
        this.RequirePlatformAdmin();
        Summary(s => s.Summary = "Get a user");
        Description(b => b.WithMetadata(new ProblemResponses(404)));
    }

    public override async Task HandleAsync(GetUserRequest req, CancellationToken ct) =>
        await Send.ResourceAsync((await db.Users.AsNoTracking().FindUserAsync(req.UserId, ct)).ToResponse(), ct);
}
