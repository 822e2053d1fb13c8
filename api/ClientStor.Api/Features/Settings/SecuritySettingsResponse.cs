using ClientStor.Api.Platform.Http;
using ClientStor.Api.Platform.RateLimiting;
using ClientStor.Api.Platform.Security;
using Microsoft.Extensions.Options;

namespace ClientStor.Api.Features.Settings;

public sealed class SecuritySettingsResponse : IHasEtag
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
    /// <summary>Send it as <c>If-Match</c> when changing the settings.</summary>
    public required string Etag { get; set; }
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

/// <summary>The settings response: the stored settings plus the configuration admins should see.</summary>
public sealed class SecuritySettingsView(GeoIpBlocker geoIp, IOptions<RateLimitOptions> rateLimits, IOptions<Platform.Configuration.ClientStorOptions> options)
{
    public SecuritySettingsResponse Of(PlatformSettings s, HttpContext context)
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
            Etag = ETags.For(s.Version),
        };
    }
}
