using ClientStor.Api.Features.Users;
using ClientStor.Api.Platform.Auditing;
using ClientStor.Api.Platform.Authorization;
using ClientStor.Api.Platform.Errors;
using ClientStor.Api.Platform.Data;
using ClientStor.Api.Platform.Hosting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using OpenIddict.Server;
using OpenIddict.Server.AspNetCore;
using OpenIddict.Validation.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace ClientStor.Api.Features.Auth;

public static class AuthModule
{
    /// <summary>The resource (audience) every access token is issued for.</summary>
    public const string ApiResource = "clientstor-api";

    public static IServiceCollection AddClientStorAuth(this IServiceCollection services, ClientStorOptions options)
    {
        services.AddScoped<IPasswordHasher<User>, PasswordHasher<User>>();
        services.AddScoped<UserAccounts>();
        services.AddScoped<Sessions>();
        services.AddScoped<Features.Mfa.MfaService>();
        services.AddScoped<Features.ApiKeys.ApiKeyService>();
        services.AddScoped<Features.Vault.VaultSecrets>();
        services.AddScoped<Features.Vault.KeyRotation>();
        services.AddSingleton<Features.Settings.SecuritySettingsView>();
        services.AddScoped<Platform.Cli.DemoSeeder>();
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, AuthorizationProblems>();
        if (options.RegisterSpaClient)
            services.AddHostedService<SpaClientRegistration>();

        services.AddSingleton<ValidatedTokens>();
        services.AddAuthentication(o =>
            {
                o.DefaultScheme = BearerTokenHandler.SchemeName;
                o.DefaultChallengeScheme = OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme;
            })
            .AddScheme<AuthenticationSchemeOptions, BearerTokenHandler>(BearerTokenHandler.SchemeName, _ => { })
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
                // API keys request permission names as scopes (client credentials).
                o.RegisterScopes([Scopes.Profile, Scopes.Email, Scopes.OfflineAccess, Policies.ApiScope, .. PermissionCatalog.Names]);
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
            })
            .AddValidation(o =>
            {
                o.UseLocalServer();
                o.UseAspNetCore();
                o.AddAudiences(ApiResource);
                // No EnableTokenEntryValidation/EnableAuthorizationEntryValidation: the same database check (token and its
                // authorization still "valid", so revocation is immediate) runs in CurrentActor's one caller query on every
                // request, together with the user, session, key and membership checks, instead of two more lookups through EF.
            });
        return services;
    }
}

/// <summary>
/// Turns authorization failures into the right problem. A token whose user was deactivated or whose session
/// ended answers 401; an organisation the caller cannot see answers 404 (existence is not disclosed); a
/// missing org permission answers 403 naming it.
/// </summary>
internal sealed class AuthorizationProblems : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler fallback = new();

    public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult result)
    {
        if (result.Forbidden && result.AuthorizationFailure?.FailureReasons.Any(r => r.Message == ActiveCallerHandler.Inactive) == true)
            return context.ChallengeAsync(OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme,
                new AuthenticationProperties(new Dictionary<string, string?>
                {
                    [OpenIddictValidationAspNetCoreConstants.Properties.Error] = Errors.InvalidToken,
                    [OpenIddictValidationAspNetCoreConstants.Properties.ErrorDescription] = "The session has ended or the account is no longer active.",
                }));
        var reasons = result.AuthorizationFailure?.FailureReasons.Select(r => r.Message).ToList() ?? [];
        if (result.Forbidden && reasons.Contains(ActiveCallerHandler.PasswordChangeRequired))
            return Problems.Result(Problems.Build(403, "password-change-required", "Password change required.",
                "An administrator reset your password: choose a new one (POST /api/v1/me/password) before doing anything else.")).ExecuteAsync(context);
        if (result.Forbidden && reasons.Contains(ActiveCallerHandler.MfaEnrollmentRequired))
            return Problems.Result(Problems.Build(403, "mfa-enrollment-required", "MFA enrolment required.",
                "Your account must use multi-factor authentication: set up an authenticator app (POST /api/v1/me/mfa/totp, then confirm) before doing anything else.")).ExecuteAsync(context);
        if (result.Forbidden && reasons.Contains(ActiveCallerHandler.IpNotAllowed))
            return DenyKeyAsync(context, "apikey.ip_denied", AuditCategories.Security, Problems.Build(403, "ip-not-allowed", "Address not allowed.",
                $"This API key may not be used from {context.Connection.RemoteIpAddress}."));
        if (result.Forbidden && reasons.Contains(ActiveCallerHandler.AdminIpNotAllowed))
        {
            var ip = context.Connection.RemoteIpAddress;
            context.RequestServices.GetRequiredService<Platform.Security.SecurityEvents>().Record(context,
                Platform.Security.SecurityEventKinds.AdminIpDenied, $"{ip}", new { endpoint = $"{context.Request.Method} {context.GetEndpoint()?.DisplayName}" });
            return Problems.Result(Problems.Build(403, "admin-ip-not-allowed", "Address not allowed for administration.",
                $"Administration (users, roles, API keys, settings) is only allowed from the platform's admin networks; {ip} is not one of them.")).ExecuteAsync(context);
        }
        if (result.Forbidden && reasons.Contains(ActiveCallerHandler.PeopleOnly))
            return Problems.Result(Problems.Build(403, "people-only", "Not available to API keys.",
                "This operation is for signed-in people (platform administration, sensitive operations needing re-authentication, your own account).")).ExecuteAsync(context);
        if (result.Forbidden && reasons.Contains(OrgPermissionHandler.NotFound))
            return Problems.NotFound("The organisation").ExecuteAsync(context);
        if (result.Forbidden && reasons.FirstOrDefault(r => r.StartsWith(OrgPermissionHandler.Missing, StringComparison.Ordinal)) is { } missing)
        {
            var permission = missing[OrgPermissionHandler.Missing.Length..];
            var isKey = context.User.GetClaim(ClientStorClaims.ApiKeyId) is not null;
            var problem = Problems.Build(403, isKey ? "scope-violation" : "missing-permission", "Forbidden.", isKey
                ? $"This API key does not have the '{permission}' scope."
                : $"You need the '{permission}' permission in this organisation.");
            problem.Extensions["permission"] = permission;
            return isKey ? DenyKeyAsync(context, "apikey.scope_violation", AuditCategories.Security, problem, permission)
                : Problems.Result(problem).ExecuteAsync(context);
        }
        if (result.Forbidden && reasons.Contains(ActiveCallerHandler.ReauthRequired))
            return Problems.Result(Problems.Build(403, "reauth-required", "Re-authentication required.",
                "This is a sensitive operation: confirm your password (POST /api/v1/auth/reauth), then retry.")).ExecuteAsync(context);
        return fallback.HandleAsync(next, context, policy, result);
    }

    /// <summary>An API key refused for its scope or address: answered with the problem and recorded with key, endpoint, IP and status.</summary>
    private static async Task DenyKeyAsync(HttpContext context, string action, string category, Microsoft.AspNetCore.Mvc.ProblemDetails problem, string? permission = null)
    {
        var routeOrg = context.GetRouteValue("orgId")?.ToString();
        await context.RequestServices.GetRequiredService<AuditLog>().SaveAsync(new AuditEntry(category, action)
        {
            Outcome = AuditOutcomes.Denied,
            OrgId = Guid.TryParse(routeOrg, out var org) && await OrgExistsAsync(context, org) ? org : null,
            TargetType = "apikey", TargetId = context.User.GetClaim(ClientStorClaims.ApiKeyId),
            Details = new { endpoint = $"{context.Request.Method} {context.Request.Path}", permission, status = problem.Status },
        }, context.RequestAborted);
        await Problems.Result(problem).ExecuteAsync(context);
    }

    private static Task<bool> OrgExistsAsync(HttpContext context, Guid orgId) =>
        Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.AnyAsync(
            context.RequestServices.GetRequiredService<ClientStorDbContext>().Orgs, o => o.Id == orgId, context.RequestAborted);
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
