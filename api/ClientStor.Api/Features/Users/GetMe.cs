using ClientStor.Api.Platform.Authorization;
using FastEndpoints;

namespace ClientStor.Api.Features.Users;

public sealed class MeResponse
{
    public required Guid Id { get; set; }
    public required string Email { get; set; }
    public required string DisplayName { get; set; }
    public required bool IsGlobalAdmin { get; set; }
}

/// <summary>The signed-in user, read from current data.</summary>
public sealed class GetMeEndpoint(CurrentActor actor) : EndpointWithoutRequest<MeResponse>
{
    public override void Configure()
    {
        Get("/api/v1/me");
        Policies(Platform.Authorization.Policies.Api);
        Tags("Me");
        Summary(s => s.Summary = "The signed-in user");
    }

    public override async Task HandleAsync(CancellationToken ct)
    {
        var user = (await actor.UserAsync(ct))!;
        await Send.OkAsync(new MeResponse
        {
            Id = user.Id, Email = user.Email, DisplayName = user.DisplayName, IsGlobalAdmin = user.IsGlobalAdmin,
        }, ct);
    }
}
