using ClientStor.Api.Features.Users;
using ClientStor.Api.Platform.Http;
using ClientStor.Api.Platform.Configuration;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using OpenIddict.Server;
using OpenIddict.Server.AspNetCore;
using OpenIddict.Validation.AspNetCore;
using Riok.Mapperly.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace ClientStor.Api.Features.Auth;

/// <summary>
/// Sign-in and the OAuth 2.0 server: sessions and their cookie, OpenIddict's server (authorization code + PKCE for people,
/// client credentials for API keys, refresh tokens) with its keys kept encrypted in the database.
/// </summary>
public static class AuthModule
{
    public static IServiceCollection AddAuthModule(this IServiceCollection services, ClientStorOptions options)
    {
        services.AddScoped<Sessions>();
        services.AddScoped<ClientCredentialsGrant>();
        if (options.RegisterSpaClient)
            services.AddHostedService<SpaClientRegistration>();
        services.AddAuthentication()
            .AddCookie(Sessions.CookieScheme, o => Sessions.ConfigureCookie(o, options.Auth.RequireHttps, options.Auth.SessionLifetime));
        services.AddSingleton<IAuthenticationSchemeProvider, OAuthPathSchemes>();

        services.AddSingleton<IConfigureOptions<OpenIddictServerOptions>, ServerKeyOptionsSetup>();
        services.AddOpenIddict()
            .AddCore(o => o.UseEntityFrameworkCore().UseDbContext<ClientStorDbContext>())
            .AddServer(o =>
            {
                o.SetAuthorizationEndpointUris("connect/authorize")
                    .SetTokenEndpointUris("connect/token")
                    .SetEndSessionEndpointUris("connect/logout")
                    .SetRevocationEndpointUris("connect/revoke")
                    .SetIntrospectionEndpointUris("connect/introspect");
                o.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange().AllowRefreshTokenFlow().AllowClientCredentialsFlow();
                // S256 only (RFC 9700 §2.1.1): a "plain" challenge is the verifier itself, so a leaked authorization request leaks it.
                o.Configure(server => server.CodeChallengeMethods.Remove(CodeChallengeMethods.Plain));
                // API keys request permission names as scopes (client credentials): only those a key can hold (scopes_supported).
                o.RegisterScopes([Scopes.Profile, Scopes.Email, Scopes.OfflineAccess, Policies.ApiScope, .. PermissionCatalog.KeyScopes]);
                o.SetAccessTokenLifetime(options.Auth.AccessTokenLifetime);
                o.SetRefreshTokenLifetime(options.Auth.RefreshTokenLifetime);
                // A redeemed refresh token used again means it leaked: no grace period, the whole chain is revoked.
                o.SetRefreshTokenReuseLeeway(TimeSpan.Zero);
                // Access tokens are signed, not encrypted: only this API reads them, they carry no secrets (ids, scopes),
                // and decrypting an RSA-encrypted JWE cost ~0.3 ms of CPU on every request (13% of a list call).
                o.DisableAccessTokenEncryption();
                o.AddEventHandler<OpenIddictServerEvents.ApplyRevocationResponseContext>(b =>
                    b.UseScopedHandler<AuditRevocation>().SetOrder(int.MinValue + 100_000).SetType(OpenIddictServerHandlerType.Custom));
                var aspnet = o.UseAspNetCore()
                    .EnableAuthorizationEndpointPassthrough()
                    .EnableTokenEndpointPassthrough()
                    .EnableEndSessionEndpointPassthrough();
                if (!options.Auth.RequireHttps)
                    aspnet.DisableTransportSecurityRequirement();
            });
        return services;
    }

    extension(ClientStorDbContext db)
    {
        public DbSet<Session> Sessions => db.Set<Session>();
        public DbSet<SessionAuthorization> SessionAuthorizations => db.Set<SessionAuthorization>();
        public DbSet<ServerKey> ServerKeys => db.Set<ServerKey>();
    }
}

/// <summary><c>/api/v1/auth</c>: signing in and out, step-up. (The OAuth endpoints live under <c>/connect</c>, outside any group.)</summary>
public sealed class AuthGroup() : PlatformGroup("Auth");

[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
[UseStaticMapper(typeof(CommonMappings))]
internal static partial class SessionMapper
{
    [MapProperty(nameof(Session.Version), nameof(SessionResponse.Etag))]
    public static partial SessionResponse ToResponse(this Session session, bool current);
}

/// <summary>Registers (or updates) the SPA's public OAuth client from configuration, retrying until the database is up.</summary>
public sealed partial class SpaClientRegistration(IServiceScopeFactory scopes, IOptions<ClientStorOptions> options,
    ILogger<SpaClientRegistration> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await RegisterAsync(scope.ServiceProvider, options.Value.Spa, stoppingToken);
                return;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogRetry(log, e.Message);
                try
                {
                    await Task.Delay(TimeSpan.FromSeconds(5), stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return; // shutting down (for example a failed start): not a crash of this service
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
        }
    }

    public static async Task RegisterAsync(IServiceProvider services, SpaOptions spa, CancellationToken ct)
    {
        var apps = services.GetRequiredService<IOpenIddictApplicationManager>();
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = SpaOptions.ClientId,
            ClientType = ClientTypes.Public,
            ConsentType = ConsentTypes.Implicit,
            DisplayName = "ClientStor web app",
            Permissions =
            {
                Permissions.Endpoints.Authorization, Permissions.Endpoints.Token, Permissions.Endpoints.EndSession,
                Permissions.Endpoints.Revocation, Permissions.GrantTypes.AuthorizationCode, Permissions.GrantTypes.RefreshToken,
                Permissions.ResponseTypes.Code, Permissions.Scopes.Profile, Permissions.Scopes.Email,
                Permissions.Prefixes.Scope + Policies.ApiScope,
            },
            Requirements = { Requirements.Features.ProofKeyForCodeExchange },
        };
        foreach (var uri in spa.EffectiveRedirectUris)
            descriptor.RedirectUris.Add(new Uri(uri));
        foreach (var uri in spa.EffectivePostLogoutRedirectUris)
            descriptor.PostLogoutRedirectUris.Add(new Uri(uri));

        if (await apps.FindByClientIdAsync(SpaOptions.ClientId, ct) is { } existing)
            await apps.UpdateAsync(existing, descriptor, ct);
        else
            await apps.CreateAsync(descriptor, ct);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not register the SPA OAuth client yet ({Reason}); retrying in 5 s")]
    private static partial void LogRetry(ILogger logger, string reason);
}

/// <summary>Audits every call of the OAuth revocation endpoint, successful or not.</summary>
internal sealed class AuditRevocation(AuditLog audit) : IOpenIddictServerHandler<OpenIddictServerEvents.ApplyRevocationResponseContext>
{
    public async ValueTask HandleAsync(OpenIddictServerEvents.ApplyRevocationResponseContext context) =>
        await audit.SaveAsync(new AuditEntry(AuditCategories.Authentication, "token.revoked")
        {
            Outcome = context.Error is null ? AuditOutcomes.Success : AuditOutcomes.Failure,
            TargetType = "client",
            TargetId = context.Request?.ClientId,
            Details = new { error = context.Error, hint = context.Request?.TokenTypeHint },
        }, CancellationToken.None);
}

/// <summary>
/// OpenIddict's server is an authentication request handler: the authentication middleware asks it about every request,
/// and it runs its request pipeline to find out whether the path is one of its endpoints (4% of an asset list's API CPU,
/// measured with perf). Its endpoints all live under /connect and /.well-known, so elsewhere it is not asked. (OpenIddict's
/// validation handler is asked everywhere: it prepares the token validation of the request.)
/// </summary>
internal sealed class OAuthPathSchemes(IOptions<AuthenticationOptions> options, IHttpContextAccessor http) : AuthenticationSchemeProvider(options)
{
    public static bool IsOAuthPath(PathString path) =>
        path.StartsWithSegments("/connect", StringComparison.OrdinalIgnoreCase) || path.StartsWithSegments("/.well-known", StringComparison.OrdinalIgnoreCase);

    public override async Task<IEnumerable<AuthenticationScheme>> GetRequestHandlerSchemesAsync()
    {
        var schemes = await base.GetRequestHandlerSchemesAsync();
        return http.HttpContext is { } ctx && !IsOAuthPath(ctx.Request.Path)
            ? schemes.Where(s => s.Name != OpenIddictServerAspNetCoreDefaults.AuthenticationScheme)
            : schemes;
    }
}
