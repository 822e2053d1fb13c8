using System.Net;
using MaxMind.Db;
using Microsoft.Extensions.Options;

namespace ClientStor.Api.Platform.Security;

/// <summary>The <c>ClientStor:GeoIp</c> section. Off unless a MaxMind database (GeoLite2/GeoIP2 Country or City) is configured.</summary>
public sealed class GeoIpOptions
{
    /// <summary>Path of the <c>.mmdb</c> file. Unset: no country blocks (and the start-up log says so if countries are listed).</summary>
    public string? DatabasePath { get; set; }
    /// <summary>ISO 3166-1 alpha-2 codes whose addresses are refused (403 <c>geo-blocked</c>).</summary>
    public List<string> BlockedCountries { get; set; } = [];
}

/// <summary>
/// Optional country blocks. With no database configured it does nothing. With a database configured the file must be
/// readable: a server asked to block countries it cannot look up refuses to start rather than silently allowing them.
/// Addresses the database does not know (private, loopback) are allowed. Health probes are never blocked.
/// </summary>
public sealed class GeoIpBlocker : IDisposable
{
    private readonly Reader? reader;
    private readonly HashSet<string> blocked;

    public GeoIpBlocker(IOptions<GeoIpOptions> options)
    {
        var o = options.Value;
        blocked = o.BlockedCountries.Select(c => c.Trim().ToUpperInvariant()).Where(c => c.Length > 0).ToHashSet(StringComparer.Ordinal);
        if (blocked.Any(c => c.Length != 2 || !c.All(char.IsAsciiLetterUpper)))
            throw new InvalidOperationException("ClientStor:GeoIp:BlockedCountries: use ISO 3166-1 alpha-2 codes such as 'KP'.");
        if (string.IsNullOrWhiteSpace(o.DatabasePath))
            return;
        if (!File.Exists(o.DatabasePath))
            throw new InvalidOperationException($"ClientStor:GeoIp:DatabasePath: '{o.DatabasePath}' does not exist. Remove the setting to run without country blocks.");
        try
        {
            reader = new Reader(o.DatabasePath, FileAccessMode.Memory);
        }
        catch (InvalidDatabaseException e)
        {
            throw new InvalidOperationException($"ClientStor:GeoIp:DatabasePath: '{o.DatabasePath}' is not a MaxMind database ({e.Message}).", e);
        }
    }

    public bool Enabled => reader is not null && blocked.Count > 0;
    public bool DatabaseLoaded => reader is not null;
    public IReadOnlyCollection<string> BlockedCountries => blocked;
    public string? DatabaseType => reader?.Metadata.DatabaseType;

    /// <summary>The ISO country code of <paramref name="ip"/>, or null when unknown or no database is loaded.</summary>
    public string? CountryOf(IPAddress? ip)
    {
        if (reader is null || ip is null)
            return null;
        var record = reader.Find<Dictionary<string, object>>(Http.Networks.Canonical(ip));
        return record is not null && record.TryGetValue("country", out var country) && country is Dictionary<string, object> c
            && c.TryGetValue("iso_code", out var code) ? code as string : null;
    }

    public bool IsBlocked(IPAddress? ip, out string? country)
    {
        country = Enabled ? CountryOf(ip) : null;
        return country is not null && blocked.Contains(country);
    }

    public void Dispose() => reader?.Dispose();
}

internal static class GeoIpMiddleware
{
    /// <summary>Refuses requests from blocked countries before anything else reads them (after forwarded headers).</summary>
    public static IApplicationBuilder UseGeoIpBlocks(this IApplicationBuilder app)
    {
        var blocker = app.ApplicationServices.GetRequiredService<GeoIpBlocker>();
        if (!blocker.Enabled)
        {
            if (blocker.BlockedCountries.Count > 0)
                app.ApplicationServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(GeoIpBlocker))
                    .LogWarning("ClientStor:GeoIp:BlockedCountries is set but no ClientStor:GeoIp:DatabasePath: country blocks are off.");
            return app;
        }
        return app.Use(async (context, next) =>
        {
            if (SecurityModule.IsHealth(context.Request.Path) || !blocker.IsBlocked(context.Connection.RemoteIpAddress, out var country))
            {
                await next(context);
                return;
            }
            context.RequestServices.GetRequiredService<SecurityEvents>().Record(context, SecurityEventKinds.GeoBlocked,
                $"{country}:{context.Connection.RemoteIpAddress}", new { country });
            var problem = Problems.Build(403, "geo-blocked", "Access from your country is blocked.",
                $"This server does not accept requests from {country}. Ask the administrator if you need access.");
            await Problems.Result(problem).ExecuteAsync(context);
        });
    }
}
