namespace ClientStor.Api.Platform.Configuration;

/// <summary>The <c>ClientStor</c> configuration section.</summary>
public sealed class ClientStorOptions
{
    public const string Section = "ClientStor";

    public AuthOptions Auth { get; set; } = new();
    public SpaOptions Spa { get; set; } = new();
    public AuditOptions Audit { get; set; } = new();
    /// <summary>Browser origins allowed cross-origin (the <c>ClientStor:Cors</c> section).</summary>
    public Security.CorsOptions Cors { get; set; } = new();
    /// <summary>Largest request body accepted, in bytes (413 above it).</summary>
    public long MaxRequestBodyBytes { get; set; } = 1_048_576;
    /// <summary>Register the SPA's OAuth client at start-up (off for CLI verbs that do not serve).</summary>
    public bool RegisterSpaClient { get; set; } = true;
    /// <summary>
    /// Reverse proxies (addresses or CIDR networks) whose <c>X-Forwarded-For</c>/<c>X-Forwarded-Proto</c> are believed.
    /// Empty: loopback only. The client address from any other sender is the connection's address.
    /// </summary>
    public List<string> TrustedProxies { get; set; } = [];
    /// <summary>Run without a database (OpenAPI export only).</summary>
    public bool Offline { get; set; }
}

public sealed class AuthOptions
{
    /// <summary>Refuse OAuth over plain HTTP and mark cookies Secure. Only loopback development turns it off.</summary>
    public bool RequireHttps { get; set; } = true;
    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromHours(8);
    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromMinutes(15);
    public TimeSpan RefreshTokenLifetime { get; set; } = TimeSpan.FromHours(8);
    /// <summary>A session unused this long ends (its tokens stop working).</summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(30);
    public int MinPasswordLength { get; set; } = 12;
    /// <summary>Wrong passwords in a row before the account locks.</summary>
    public int LockoutThreshold { get; set; } = 5;
    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(30);
    /// <summary>Sensitive operations need a sign-in or re-authentication this recent.</summary>
    public TimeSpan ReauthWindow { get; set; } = TimeSpan.FromMinutes(5);
    /// <summary>Lifetime of access tokens issued to API keys (client credentials).</summary>
    public TimeSpan ApiKeyTokenLifetime { get; set; } = TimeSpan.FromMinutes(15);
    /// <summary>Longest an API key may live; also its expiry when none is given.</summary>
    public TimeSpan ApiKeyMaxLifetime { get; set; } = TimeSpan.FromDays(365);
}

public sealed class AuditOptions
{
    /// <summary>Days audit rows are kept by <c>audit purge</c>; null keeps them forever (the default).</summary>
    public int? RetentionDays { get; set; }
    /// <summary>
    /// Transactions of one API process that commit into one audit chain (an organisation's, or the platform's) at the same
    /// time; more wait their turn in the process (see <c>AuditCommitGate</c>). At least 1.
    /// </summary>
    public int CommitsPerChain { get; set; } = 4;
}

public sealed class SpaOptions
{
    public const string ClientId = "clientstor-spa";
    public List<string> RedirectUris { get; set; } = [];
    public List<string> PostLogoutRedirectUris { get; set; } = [];
    /// <summary>Where /connect/authorize sends a browser that has no session yet.</summary>
    public string LoginPath { get; set; } = "/login";

    public IReadOnlyList<string> EffectiveRedirectUris => RedirectUris.Count > 0 ? RedirectUris
        : ["http://localhost:5173/auth/callback", "http://127.0.0.1:5173/auth/callback"];

    public IReadOnlyList<string> EffectivePostLogoutRedirectUris => PostLogoutRedirectUris.Count > 0 ? PostLogoutRedirectUris
        : ["http://localhost:5173/login", "http://127.0.0.1:5173/login"];
}
