using ClientStor.Api.Features.Auth;
using ClientStor.Api.Platform.Http;

namespace ClientStor.Api.Features.Users;

public sealed class EndUserSessionRequest
{
    [RouteParam] public Guid UserId { get; set; }
    [RouteParam] public Guid SessionId { get; set; }
}

/// <summary>Ends a user's session (platform administration): its refresh and access tokens stop working at once.</summary>
public sealed class EndUserSessionEndpoint(ClientStorDbContext db, Sessions sessions) : Endpoint<EndUserSessionRequest>
{
    public override void Configure()
    {
        Delete("users/{userId}/sessions/{sessionId}");
        Group<UsersGroup>();
        this.RequirePlatformAdmin();
        Summary(s => s.Summary = "End a user's session");
        Description(b => b.Produces(204).WithMetadata(new ProblemResponses(404)));
    }

    public override async Task HandleAsync(EndUserSessionRequest req, CancellationToken ct)
    {
        var session = await SessionList.FindOpenAsync(db, req.UserId, req.SessionId, ct);
        HttpContext.CheckIfMatch(session);
        await sessions.EndAsync(session.Id, "ended by an administrator", ct);
        await Send.NoContentAsync(ct);
    }
}
