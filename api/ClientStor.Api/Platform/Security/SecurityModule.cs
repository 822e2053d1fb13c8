using ClientStor.Api.Platform.Configuration;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace ClientStor.Api.Platform.Security;

/// <summary>The <c>ClientStor:Cors</c> section (<see cref="ClientStorOptions.Cors"/>): browser origins (other than the API's own) allowed to call the API.</summary>
public sealed class CorsOptions
{
    /// <summary>Exact origins such as <c>https://portal.example.com</c>. Empty (the default): no cross-origin access.</summary>
    public List<string> AllowedOrigins { get; set; } = [];
}

/// <summary>Caps the request body of one endpoint (413 above it); the server-wide cap is <c>ClientStor:MaxRequestBodyBytes</c>.</summary>
public sealed record RequestBodyLimit(long Bytes);

public static class SecurityModule
{
    public const string CorsPolicy = "clientstor-cors";
    internal const int SignInBodyLimit = 16 * 1024;

    public static IServiceCollection AddClientStorSecurity(this IServiceCollection services, IConfiguration configuration, ClientStorOptions options)
    {
        services.Configure<SecurityOptions>(configuration.GetSection("ClientStor:Security"));
        services.AddSingleton<SecurityEvents>();
        services.AddHostedService<SecurityEventFlusher>();
        services.Configure<GeoIpOptions>(configuration.GetSection("ClientStor:GeoIp"));
        services.AddSingleton<GeoIpBlocker>();
        services.Configure<Uploads.UploadOptions>(configuration.GetSection("ClientStor:Uploads"));
        services.AddSingleton<Uploads.ClamAvClient>();
        services.AddSingleton<Uploads.UploadGuard>();
        var origins = options.Cors.AllowedOrigins.Select(ValidOrigin).ToArray();
        services.AddCors(o => o.AddPolicy(CorsPolicy, p =>
        {
            if (origins.Length == 0)
                return;
            p.WithOrigins(origins)
                .WithMethods("GET", "POST", "PUT", "PATCH", "DELETE")
                .WithHeaders("Authorization", "Content-Type", "If-Match", "If-None-Match", "Idempotency-Key", "Accept")
                .WithExposedHeaders("ETag", "Location", "Retry-After", "Content-Disposition")
                .SetPreflightMaxAge(TimeSpan.FromMinutes(10));
        }));
        return services;
    }

    /// <summary>An origin is scheme://host[:port], nothing else; a wildcard is refused (tokens must not be usable from any site).</summary>
    private static string ValidOrigin(string origin)
    {
        if (!Uri.TryCreate(origin.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http")
            || uri.PathAndQuery is not ("/" or "") || origin.Contains('*') || origin.Trim().EndsWith('/'))
            throw new InvalidOperationException($"ClientStor:Cors:AllowedOrigins: '{origin}' is not an origin (scheme://host[:port], no path, no wildcard).");
        return uri.GetLeftPart(UriPartial.Authority);
    }

    /// <summary>Response headers every answer carries; runs first so even errors get them.</summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            var path = context.Request.Path;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            headers.XFrameOptions = "DENY";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=()";
            // An endpoint answering a document of its own (an SVG preview) sets a policy for it; every other answer gets these.
            if (string.IsNullOrEmpty(headers.ContentSecurityPolicy))
                headers.ContentSecurityPolicy = path.StartsWithSegments("/api/docs")
                    // The API reference UI (Scalar) is served from this origin with its inline configuration script.
                    ? "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
                    : "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";
            if (context.Request.IsHttps)
                headers.StrictTransportSecurity = "max-age=31536000; includeSubDomains";
            if ((path.StartsWithSegments("/api/v1") || path.StartsWithSegments("/connect")) && !headers.ContainsKey("Cache-Control"))
                headers.CacheControl = "no-store";
            return Task.CompletedTask;
        });
        return next(context);
    });

    /// <summary>After routing: applies an endpoint's <see cref="RequestBodyLimit"/>.</summary>
    public static IApplicationBuilder UseRequestBodyLimits(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<RequestBodyLimit>() is { } limit
            && context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
            feature.MaxRequestBodySize = limit.Bytes;
        return next(context);
    });

    internal static bool IsHealth(PathString path) => path.StartsWithSegments("/health");
}
