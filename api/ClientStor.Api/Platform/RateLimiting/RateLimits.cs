using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Threading.RateLimiting;
using ClientStor.Api.Platform.Security;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace ClientStor.Api.Platform.RateLimiting;

/// <summary>One fixed-window limit: at most <see cref="PermitLimit"/> requests per <see cref="Window"/>.</summary>
public sealed class RateLimitRule
{
    public int PermitLimit { get; set; }
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);

    public RateLimitRule() { }
    public RateLimitRule(int permitLimit, TimeSpan window) => (PermitLimit, Window) = (permitLimit, window);

    /// <summary>The window as messages say it after "per": <c>minute</c>, <c>30 seconds</c>, <c>2 hours</c>.</summary>
    public string WindowText => Window switch
    {
        { TotalHours: >= 1 } w when w.TotalHours % 1 == 0 => Count(w.TotalHours, "hour"),
        { TotalMinutes: >= 1 } w when w.TotalMinutes % 1 == 0 => Count(w.TotalMinutes, "minute"),
        var w => Count(w.TotalSeconds, "second"),
    };

    private static string Count(double n, string unit) =>
        n == 1 ? unit : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{n:0.###} {unit}s");
}

/// <summary>The <c>ClientStor:RateLimits</c> section. Every limit is on by default; raise one with e.g. <c>ClientStor__RateLimits__ApiPerKey__PermitLimit=2000</c>.</summary>
public sealed class RateLimitOptions
{
    public bool Enabled { get; set; } = true;
    /// <summary>Sign-in, MFA and re-authentication requests from one address (IPv6: one /64).</summary>
    public RateLimitRule LoginPerIp { get; set; } = new(20, TimeSpan.FromMinutes(1));
    /// <summary>Sign-in and MFA attempts for one account, whatever address they come from.</summary>
    public RateLimitRule LoginPerAccount { get; set; } = new(10, TimeSpan.FromMinutes(1));
    /// <summary>Client-credentials token requests for one API key.</summary>
    public RateLimitRule TokenPerClient { get; set; } = new(30, TimeSpan.FromMinutes(1));
    /// <summary>Requests with a person's token, per user.</summary>
    public RateLimitRule ApiPerUser { get; set; } = new(1200, TimeSpan.FromMinutes(1));
    /// <summary>Requests with an API key's token, per key.</summary>
    public RateLimitRule ApiPerKey { get; set; } = new(600, TimeSpan.FromMinutes(1));
    /// <summary>Requests without a (valid) token — OAuth, docs, anything unauthenticated — per address.</summary>
    public RateLimitRule AnonymousPerIp { get; set; } = new(300, TimeSpan.FromMinutes(1));
}

/// <summary>
/// The API's rate limits, built on ASP.NET Core's limiter primitives (<see cref="PartitionedRateLimiter"/>, fixed
/// windows). Partitions: address for anonymous and sign-in traffic, account for sign-in/MFA, client for the token
/// endpoint, user or API key for everything with a token. A refused request answers 429 problem+json with
/// <c>Retry-After</c> and is counted as a security event (aggregated per partition and minute).
/// </summary>
public sealed class RateLimits : IDisposable
{
    public const string LoginPerIp = "login-ip";
    public const string LoginPerAccount = "login-account";
    public const string TokenPerClient = "token-client";
    public const string ApiPerUser = "api-user";
    public const string ApiPerKey = "api-key";
    public const string AnonymousPerIp = "anonymous-ip";

    private readonly RateLimitOptions options;
    private readonly SecurityEvents events;
    private readonly ConcurrentDictionary<string, PartitionedRateLimiter<string>> limiters = new();

    public RateLimits(IOptions<RateLimitOptions> options, SecurityEvents events)
    {
        this.options = options.Value;
        this.events = events;
    }

    public bool Enabled => options.Enabled;

    private RateLimitRule RuleFor(string policy) => policy switch
    {
        LoginPerIp => options.LoginPerIp,
        LoginPerAccount => options.LoginPerAccount,
        TokenPerClient => options.TokenPerClient,
        ApiPerUser => options.ApiPerUser,
        ApiPerKey => options.ApiPerKey,
        AnonymousPerIp => options.AnonymousPerIp,
        _ => throw new ArgumentOutOfRangeException(nameof(policy), policy, "unknown rate-limit policy"),
    };

    private PartitionedRateLimiter<string> LimiterFor(string policy) => limiters.GetOrAdd(policy, p =>
    {
        var rule = RuleFor(p);
        return PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, rule.PermitLimit),
            Window = rule.Window <= TimeSpan.Zero ? TimeSpan.FromMinutes(1) : rule.Window,
            QueueLimit = 0,
            AutoReplenishment = true,
        }));
    });

    /// <summary>
    /// Takes one permit from <paramref name="policy"/>'s partition <paramref name="key"/>. Null when allowed; otherwise
    /// the hit is recorded and the 429 answer (problem+json with <c>Retry-After</c>) is returned for the caller to send.
    /// </summary>
    public IResult? Acquire(HttpContext context, string policy, string key)
    {
        if (!options.Enabled)
            return null;
        using var lease = LimiterFor(policy).AttemptAcquire(key);
        if (lease.IsAcquired)
            return null;
        var rule = RuleFor(policy);
        var retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : rule.Window;
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        events.Record(context, SecurityEventKinds.RateLimited, $"{policy}:{key}",
            new { policy, partition = key, limit = rule.PermitLimit, windowSeconds = (int)rule.Window.TotalSeconds });
        var problem = Problems.Build(429, "rate-limited", "Too many requests.",
            $"{Describe(policy)} Retry after {seconds} second{(seconds == 1 ? "" : "s")}.");
        problem.Extensions["retryAfter"] = seconds;
        problem.Extensions["policy"] = policy;
        return new Refused(Problems.Result(problem), seconds);
    }

    private sealed class Refused(IResult problem, int seconds) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return problem.ExecuteAsync(httpContext);
        }
    }

    /// <summary><see cref="Acquire"/> for middleware: writes the refusal itself and returns false.</summary>
    public async ValueTask<bool> TryAcquireAsync(HttpContext context, string policy, string key)
    {
        if (Acquire(context, policy, key) is not { } refused)
            return true;
        await refused.ExecuteAsync(context);
        return false;
    }

    private string Describe(string policy)
    {
        var rule = RuleFor(policy);
        var per = rule.WindowText;
        return policy switch
        {
            LoginPerIp => $"At most {rule.PermitLimit} sign-in attempts per {per} from one address.",
            LoginPerAccount => $"At most {rule.PermitLimit} sign-in attempts per {per} for one account.",
            TokenPerClient => $"At most {rule.PermitLimit} token requests per {per} for one API key.",
            ApiPerUser => $"At most {rule.PermitLimit} requests per {per} per user.",
            ApiPerKey => $"At most {rule.PermitLimit} requests per {per} per API key.",
            _ => $"At most {rule.PermitLimit} unauthenticated requests per {per} from one address.",
        };
    }

    /// <summary>The partition for an address: IPv4 as is, IPv6 by its /64 (one customer's prefix).</summary>
    public static string AddressKey(IPAddress? ip)
    {
        if (ip is null)
            return "unknown";
        ip = Http.Networks.Canonical(ip);
        if (ip.AddressFamily != AddressFamily.InterNetworkV6)
            return ip.ToString();
        var bytes = ip.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }

    public void Dispose()
    {
        foreach (var limiter in limiters.Values)
            limiter.Dispose();
    }
}

/// <summary>
/// Applies the limits in the pipeline. Before authentication: sign-in endpoints per address, the token endpoint per
/// address and (client credentials) per client — OpenIddict checks client secrets during authentication, so this
/// must come first. After authentication: per user or API key, or per address without a valid token.
/// </summary>
public static class RateLimitingPipeline
{
    private static readonly string[] SignInPaths = ["/api/v1/auth/login", "/api/v1/auth/mfa", "/api/v1/auth/reauth"];

    public static IServiceCollection AddClientStorRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<RateLimitOptions>(configuration.GetSection("ClientStor:RateLimits"));
        services.AddSingleton<RateLimits>();
        return services;
    }

    private static bool Exempt(PathString path) => path.StartsWithSegments("/health");

    /// <summary>Before UseAuthentication.</summary>
    public static IApplicationBuilder UseClientStorRateLimitsBeforeAuthentication(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var limits = context.RequestServices.GetRequiredService<RateLimits>();
        if (!limits.Enabled || Exempt(context.Request.Path))
        {
            await next(context);
            return;
        }
        var ip = RateLimits.AddressKey(context.Connection.RemoteIpAddress);
        var path = context.Request.Path;
        if (SignInPaths.Any(p => path.Equals(p, StringComparison.OrdinalIgnoreCase)))
        {
            if (!await limits.TryAcquireAsync(context, RateLimits.LoginPerIp, ip))
                return;
        }
        else if (path.StartsWithSegments("/connect/token") && HttpMethods.IsPost(context.Request.Method))
        {
            if (!await limits.TryAcquireAsync(context, RateLimits.AnonymousPerIp, ip))
                return;
            if (await ClientCredentialsClientAsync(context) is { } clientId && !await limits.TryAcquireAsync(context, RateLimits.TokenPerClient, clientId))
                return;
        }
        await next(context);
    });

    /// <summary>After UseAuthentication (the caller is known), before UseAuthorization.</summary>
    public static IApplicationBuilder UseClientStorRateLimitsAfterAuthentication(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var limits = context.RequestServices.GetRequiredService<RateLimits>();
        var path = context.Request.Path;
        if (!limits.Enabled || Exempt(path) || path.StartsWithSegments("/connect/token")
            || SignInPaths.Any(p => path.Equals(p, StringComparison.OrdinalIgnoreCase)))
        {
            await next(context);
            return;
        }
        var user = context.User;
        var (policy, key) = user.GetClaim(ClientStorClaims.ApiKeyId) is { } keyId ? (RateLimits.ApiPerKey, keyId)
            : user.GetClaim(Claims.Subject) is { } subject && user.Identity?.IsAuthenticated == true ? (RateLimits.ApiPerUser, subject)
            : (RateLimits.AnonymousPerIp, RateLimits.AddressKey(context.Connection.RemoteIpAddress));
        if (await limits.TryAcquireAsync(context, policy, key))
            await next(context);
    });

    /// <summary>The client id of a client-credentials token request (form field or HTTP Basic), else null.</summary>
    private static async Task<string?> ClientCredentialsClientAsync(HttpContext context)
    {
        if (!context.Request.HasFormContentType)
            return null;
        Microsoft.AspNetCore.Http.IFormCollection form;
        try
        {
            form = await context.Request.ReadFormAsync(context.RequestAborted);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or Microsoft.AspNetCore.Http.BadHttpRequestException)
        {
            return null; // OpenIddict answers the malformed request itself
        }
        if (form[Parameters.GrantType] != GrantTypes.ClientCredentials)
            return null;
        if (form[Parameters.ClientId].FirstOrDefault() is { Length: > 0 } id)
            return id.Length > 200 ? id[..200] : id;
        var header = context.Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
            return null;
        try
        {
            var decoded = System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(header[6..].Trim()));
            var colon = decoded.IndexOf(':');
            var clientId = Uri.UnescapeDataString(colon < 0 ? decoded : decoded[..colon]);
            return clientId.Length > 200 ? clientId[..200] : clientId;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
