using ClientStor.Api.Platform.Http;

namespace ClientStor.Api.Features.Settings;

public sealed class UpdateSecuritySettingsRequest
{
    public bool? RequireMfa { get; set; }
    /// <summary>
    /// Replaces the admin allowlist (addresses or CIDR networks); an empty list removes the restriction. The list must
    /// contain the address you are calling from, so you cannot lock yourself out by accident.
    /// </summary>
    public List<string>? AdminAllowedIps { get; set; }
}

internal sealed class UpdateSecuritySettingsValidator : Validator<UpdateSecuritySettingsRequest>
{
    public UpdateSecuritySettingsValidator()
    {
        RuleFor(x => x.AdminAllowedIps).Must(l => l is null || l.Count <= 100).WithMessage("At most 100 networks.");
        RuleForEach(x => x.AdminAllowedIps).Must(e => Networks.Normalize(e) is not null)
            .WithMessage((_, e) => $"'{e}' is not an IP address or CIDR network (host bits must be zero, e.g. 203.0.113.0/24).");
    }
}

/// <summary>Changes platform security settings (platform administration, fresh re-authentication).</summary>
public sealed class UpdateSecuritySettingsEndpoint(ClientStorDbContext db, AuditedChanges changes, SecuritySettingsView view)
    : Endpoint<UpdateSecuritySettingsRequest, SecuritySettingsResponse>
{
    public override void Configure()
    {
        Patch("settings/security");
        Group<SettingsGroup>();
        this.RequirePlatformAdmin();
        this.RequireFreshReauth();
        Summary(s =>
        {
            s.Summary = "Update platform security settings";
            s.Description = "Fields left out are unchanged. adminAllowedIps replaces the list and must include your current address.";
        });
    }

    public override async Task HandleAsync(UpdateSecuritySettingsRequest req, CancellationToken ct)
    {
        var settings = await db.PlatformSettings.SingleAsync(ct);
        HttpContext.CheckIfMatch(settings);
        if (req.RequireMfa is { } requireMfa) settings.RequireMfa = requireMfa;
        if (req.AdminAllowedIps is { } list)
        {
            var normalized = list.Select(e => Networks.Normalize(e)!).Distinct(StringComparer.Ordinal).ToList();
            var caller = HttpContext.Connection.RemoteIpAddress;
            if (!Networks.Allows(normalized, caller))
                throw new FieldErrorsException("adminAllowedIps",
                    $"Your current address {caller} is not in the list: saving it would lock you out of administration. Add it (e.g. {caller}/32) or the network you work from.");
            if (!normalized.SequenceEqual(settings.AdminAllowedIps))
                settings.AdminAllowedIps = normalized;
        }
        // One settings row; the audit names it by what it holds, as the command line's entries do.
        if (changes.StageUpdated(settings) is { } row)
            await changes.SaveAsync([row with { TargetId = "security" }], ct);
        await Send.ResourceAsync(view.Of(settings, HttpContext), ct);
    }
}
