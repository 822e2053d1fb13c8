
namespace ClientStor.Api.Features.Settings;

/// <summary>Platform security settings (platform administration).</summary>
public sealed class GetSecuritySettingsEndpoint(ClientStorDbContext db, SecuritySettingsView view) : EndpointWithoutRequest<SecuritySettingsResponse>
{
    public override void Configure()
    {
        Get("settings/security");
        Group<SettingsGroup>();
        this.RequirePlatformAdmin();
        Summary(s => s.Summary = "Get platform security settings");
    }

    public override async Task HandleAsync(CancellationToken ct) =>
        await Send.ResourceAsync(view.Of(await db.PlatformSettings.AsNoTracking().SingleAsync(ct), HttpContext), ct);
}
