using ClientStor.Api.Features.Auth;
using ClientStor.Api.Platform.Configuration;
using Microsoft.Extensions.Options;

namespace ClientStor.Api.Features.Users;

public sealed class UserSessionsRequest : IListRequest
{
    [RouteParam] public Guid UserId { get; set; }
    [QueryParam] public int? Limit { get; set; }
    [QueryParam] public string? Cursor { get; set; }
    [QueryParam] public string? Sort { get; set; }
}

internal sealed class UserSessionsValidator : Validator<UserSessionsRequest>
{
    public UserSessionsValidator() => SessionList.AddListRules(this);
}

/// <summary>A user's active sessions (platform administration).</summary>
public sealed class ListUserSessionsEndpoint(ClientStorDbContext db, IOptions<ClientStorOptions> options)
    : Endpoint<UserSessionsRequest, Page<SessionResponse>>
{
    public override void Configure()
    {
        Get("users/{userId}/sessions");
        Group<UsersGroup>();
        this.RequirePlatformAdmin();
        Summary(s => s.Summary = "List a user's active sessions");
        Description(b => b.WithMetadata(new ProblemResponses(404)));
    }

    public override async Task HandleAsync(UserSessionsRequest req, CancellationToken ct)
    {
        var user = await db.Users.AsNoTracking().FindUserAsync(req.UserId, ct);
        await Send.OkAsync(await SessionList.PageAsync(db, user.Id, null, req, options.Value.Auth.IdleTimeout, ct), ct);
    }
}
