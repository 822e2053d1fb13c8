using ClientStor.Api.Features.Auth;
using ClientStor.Api.Platform.Http;

namespace ClientStor.Api.Features.Me;

public sealed class EndMySessionRequest
{
    [RouteParam] public Guid SessionId { get; set; }
}

/// <summary>Ends one of your sessions: its refresh and access tokens stop working at once.</summary>
public sealed class EndMySessionEndpoint(ClientStorDbContext db, CurrentActor actor, Sessions sessions) : Endpoint<EndMySessionRequest>
{
    public override void Configure()
    {
        Delete("me/sessions/{sessionId}");
        Group<MeGroup>();
        this.RequireSignedIn();
        Summary(s => s.Summary = "End one of my sessions");
        Description(b => b.Produces(204).WithMetadata(new ProblemResponses(404)));
    }

    public override async Task HandleAsync(EndMySessionRequest req, CancellationToken ct)
    {
        var session = await SessionList.FindOpenAsync(db, actor.UserId!.Value, req.SessionId, ct);
        HttpContext.CheckIfMatch(session);
        await sessions.EndAsync(session.Id, "ended by the user", ct);
        await Send.NoContentAsync(ct);
    }
}
