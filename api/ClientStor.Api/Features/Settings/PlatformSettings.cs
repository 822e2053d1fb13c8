using ClientStor.Api.Platform.Auditing;
using ClientStor.Api.Platform.Authorization;
using ClientStor.Api.Platform.Data;
using ClientStor.Api.Platform.OpenApi;
using FastEndpoints;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClientStor.Api.Features.Settings;

/// <summary>Platform-wide security settings an administrator changes at run time (one row).</summary>
public sealed class PlatformSettings
{
    public int Id { get; set; } = 1;
    /// <summary>Every user must use MFA; users without it are sent through enrolment at their next sign-in.</summary>
    public bool RequireMfa { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

internal sealed class PlatformSettingsConfiguration : IEntityTypeConfiguration<PlatformSettings>
{
    public void Configure(EntityTypeBuilder<PlatformSettings> b)
    {
        b.ToTable("platform_settings", t => t.HasCheckConstraint("ck_platform_settings_single_row", "id = 1"));
        b.Property(x => x.Id).ValueGeneratedNever();
        b.HasData(new PlatformSettings { Id = 1, RequireMfa = false, UpdatedAt = new DateTimeOffset(2026, 11, 23, 0, 0, 0, TimeSpan.Zero) });
    }
}

public sealed class SecuritySettingsResponse
{
    /// <summary>Every user must use MFA.</summary>
    public required bool RequireMfa { get; set; }
    public required DateTimeOffset UpdatedAt { get; set; }

    public static SecuritySettingsResponse From(PlatformSettings s) => new() { RequireMfa = s.RequireMfa, UpdatedAt = s.UpdatedAt };
}

/// <summary>Platform security settings (platform administration).</summary>
public sealed class GetSecuritySettingsEndpoint(ClientStorDbContext db) : EndpointWithoutRequest<SecuritySettingsResponse>
{
    public override void Configure()
    {
        Get("/api/v1/settings/security");
        Policies(Platform.Authorization.Policies.GlobalAdmin);
        Tags("Settings");
        Summary(s => s.Summary = "Get platform security settings");
    }

    public override async Task HandleAsync(CancellationToken ct) =>
        await Send.OkAsync(SecuritySettingsResponse.From(await db.PlatformSettings.AsNoTracking().SingleAsync(ct)), ct);
}

public sealed class UpdateSecuritySettingsRequest
{
    public bool? RequireMfa { get; set; }
}

/// <summary>Changes platform security settings (platform administration, fresh re-authentication).</summary>
public sealed class UpdateSecuritySettingsEndpoint(ClientStorDbContext db, AuditLog audit) : Endpoint<UpdateSecuritySettingsRequest, SecuritySettingsResponse>
{
    public override void Configure()
    {
        Patch("/api/v1/settings/security");
        Policies(Platform.Authorization.Policies.GlobalAdmin);
        Tags("Settings");
        Summary(s => s.Summary = "Update platform security settings");
        Description(b => b.WithMetadata(new FreshReauthRequired(), new ProblemResponses()));
    }

    public override async Task HandleAsync(UpdateSecuritySettingsRequest req, CancellationToken ct)
    {
        var settings = await db.PlatformSettings.SingleAsync(ct);
        var before = new { settings.RequireMfa };
        if (req.RequireMfa is { } requireMfa) settings.RequireMfa = requireMfa;
        if (db.ChangeTracker.HasChanges())
        {
            settings.UpdatedAt = DateTimeOffset.UtcNow;
            await audit.SaveAsync(new AuditEntry(AuditCategories.Admin, "settings.updated")
            {
                TargetType = "settings", TargetId = "security", Details = new { before, after = new { settings.RequireMfa } },
            }, ct);
        }
        await Send.OkAsync(SecuritySettingsResponse.From(settings), ct);
    }
}
