using ClientStor.Api.Platform.Auditing;
using ClientStor.Api.Platform.Authorization;
using ClientStor.Api.Platform.Data;
using ClientStor.Api.Platform.Errors;
using ClientStor.Api.Platform.Http;
using ClientStor.Api.Platform.RateLimiting;
using ClientStor.Api.Platform.Security;
using Microsoft.Extensions.Options;
using ClientStor.Api.Platform.OpenApi;
using FastEndpoints;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClientStor.Api.Features.Settings;

/// <summary>Platform-wide security settings an administrator changes at run time (one row).</summary>
public sealed class PlatformSettings
{
    public int Id { get; set; } = 1;
    /// <summary>Every user must use MFA; users without it are sent through enrolment at their next sign-in.</summary>
    public bool RequireMfa { get; set; }
    /// <summary>
    /// Networks (CIDR) platform administration and admin-grade org actions are allowed from; empty: anywhere.
    /// Cleared from the command line (<c>settings clear-admin-allowlist</c>) by an operator who locked themselves out.
    /// </summary>
    public List<string> AdminAllowedIps { get; set; } = [];
    public DateTimeOffset UpdatedAt { get; set; }
}

internal sealed class PlatformSettingsConfiguration : IEntityTypeConfiguration<PlatformSettings>
{
    public void Configure(EntityTypeBuilder<PlatformSettings> b)
    {
        b.ToTable("platform_settings", t => t.HasCheckConstraint("ck_platform_settings_single_row", "id = 1"));
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.AdminAllowedIps).HasDefaultValueSql("'{}'::text[]");
        // Anonymous seed: the list column takes its SQL default (EF re-detects a List value in seed data as a change).
        b.HasData(new { Id = 1, RequireMfa = false, UpdatedAt = new DateTimeOffset(2026, 11, 23, 0, 0, 0, TimeSpan.Zero) });
    }
}

public sealed class SecuritySettingsResponse
{
    /// <summary>Every user must use MFA.</summary>
    public required bool RequireMfa { get; set; }
    /// <summary>Networks platform administration and admin-grade org actions are allowed from; empty: anywhere.</summary>
    public required IReadOnlyList<string> AdminAllowedIps { get; set; }
    /// <summary>The address this request came from, as the server sees it (after trusted proxies).</summary>
    public required string? YourAddress { get; set; }
    /// <summary>Country blocks (configuration, read-only here).</summary>
    public required GeoIpStatus GeoIp { get; set; }
    /// <summary>Rate limits in force (configuration, read-only here).</summary>
    public required IReadOnlyList<RateLimitStatus> RateLimits { get; set; }
    /// <summary>Browser origins allowed to call the API cross-origin (configuration, read-only here).</summary>
    public required IReadOnlyList<string> CorsOrigins { get; set; }
    public required DateTimeOffset UpdatedAt { get; set; }
}

public sealed class GeoIpStatus
{
    /// <summary>True when a database is loaded and at least one country is blocked.</summary>
    public required bool Enabled { get; set; }
    public required string? DatabaseType { get; set; }
    public required IReadOnlyList<string> BlockedCountries { get; set; }
}

public sealed class RateLimitStatus
{
    /// <summary>login-ip, login-account, token-client, api-user, api-key or anonymous-ip.</summary>
    public required string Policy { get; set; }
    public required bool Enabled { get; set; }
    public required int PermitLimit { get; set; }
    public required int WindowSeconds { get; set; }
}

/// <summary>The settings response: the stored settings plus the configuration admins should see (scoped service).</summary>
public sealed class SecuritySettingsView(GeoIpBlocker geoIp, IOptions<RateLimitOptions> rateLimits, IOptions<Platform.Configuration.ClientStorOptions> options)
{
    public SecuritySettingsResponse From(PlatformSettings s, HttpContext context)
    {
        var r = rateLimits.Value;
        RateLimitStatus Rule(string policy, RateLimitRule rule) =>
            new() { Policy = policy, Enabled = r.Enabled, PermitLimit = rule.PermitLimit, WindowSeconds = (int)rule.Window.TotalSeconds };
        return new SecuritySettingsResponse
        {
            RequireMfa = s.RequireMfa,
            AdminAllowedIps = s.AdminAllowedIps,
            YourAddress = context.Connection.RemoteIpAddress is { } ip ? Networks.Canonical(ip).ToString() : null,
            GeoIp = new GeoIpStatus { Enabled = geoIp.Enabled, DatabaseType = geoIp.DatabaseType, BlockedCountries = geoIp.BlockedCountries.Order().ToList() },
            RateLimits =
            [
                Rule(RateLimits.LoginPerIp, r.LoginPerIp), Rule(RateLimits.LoginPerAccount, r.LoginPerAccount),
                Rule(RateLimits.TokenPerClient, r.TokenPerClient), Rule(RateLimits.ApiPerUser, r.ApiPerUser),
                Rule(RateLimits.ApiPerKey, r.ApiPerKey), Rule(RateLimits.AnonymousPerIp, r.AnonymousPerIp),
            ],
            CorsOrigins = options.Value.Cors.AllowedOrigins,
            UpdatedAt = s.UpdatedAt,
        };
    }
}

/// <summary>Platform security settings (platform administration).</summary>
public sealed class GetSecuritySettingsEndpoint(ClientStorDbContext db, SecuritySettingsView view) : EndpointWithoutRequest<SecuritySettingsResponse>
{
    public override void Configure()
    {
        Get("/api/v1/settings/security");
        Policies(Platform.Authorization.Policies.GlobalAdmin);
        Tags("Settings");
        Summary(s => s.Summary = "Get platform security settings");
    }

    public override async Task HandleAsync(CancellationToken ct) =>
        await Send.OkAsync(view.From(await db.PlatformSettings.AsNoTracking().SingleAsync(ct), HttpContext), ct);
}

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
public sealed class UpdateSecuritySettingsEndpoint(ClientStorDbContext db, AuditLog audit, SecuritySettingsView view)
    : Endpoint<UpdateSecuritySettingsRequest, SecuritySettingsResponse>
{
    public override void Configure()
    {
        Patch("/api/v1/settings/security");
        Policies(Platform.Authorization.Policies.GlobalAdmin);
        Tags("Settings");
        Summary(s =>
        {
            s.Summary = "Update platform security settings";
            s.Description = "Fields left out are unchanged. adminAllowedIps replaces the list and must include your current address.";
        });
        Description(b => b.WithMetadata(new FreshReauthRequired(), new ProblemResponses()));
    }

    public override async Task HandleAsync(UpdateSecuritySettingsRequest req, CancellationToken ct)
    {
        var settings = await db.PlatformSettings.SingleAsync(ct);
        var before = new { settings.RequireMfa, settings.AdminAllowedIps };
        if (req.RequireMfa is { } requireMfa) settings.RequireMfa = requireMfa;
        if (req.AdminAllowedIps is { } list)
        {
            var normalized = list.Select(e => Networks.Normalize(e)!).Distinct(StringComparer.Ordinal).ToList();
            var caller = HttpContext.Connection.RemoteIpAddress;
            if (!Networks.Allows(normalized, caller))
            {
                await Send.ResultAsync(Problems.Validation("adminAllowedIps",
                    $"Your current address {caller} is not in the list: saving it would lock you out of administration. Add it (e.g. {caller}/32) or the network you work from."));
                return;
            }
            if (!normalized.SequenceEqual(settings.AdminAllowedIps))
                settings.AdminAllowedIps = normalized;
        }
        if (db.ChangeTracker.HasChanges())
        {
            settings.UpdatedAt = DateTimeOffset.UtcNow;
            await audit.SaveAsync(new AuditEntry(AuditCategories.Admin, "settings.updated")
            {
                TargetType = "settings", TargetId = "security",
                Details = new { before, after = new { settings.RequireMfa, settings.AdminAllowedIps } },
            }, ct);
        }
        await Send.OkAsync(view.From(settings, HttpContext), ct);
    }
}
