using System.Text.Json;
using System.Text.Json.Serialization;
using ClientStor.Api.Features.ApiKeys;
using ClientStor.Api.Features.Assets;
using ClientStor.Api.Features.Attachments;
using ClientStor.Api.Features.Audit;
using ClientStor.Api.Features.Docs;
using ClientStor.Api.Features.Auth;
using ClientStor.Api.Features.Contacts;
using ClientStor.Api.Features.Discovery;
using ClientStor.Api.Features.Locations;
using ClientStor.Api.Features.Me;
using ClientStor.Api.Features.Members;
using ClientStor.Api.Features.Ipam;
using ClientStor.Api.Features.Orgs;
using ClientStor.Api.Features.Overview;
using ClientStor.Api.Features.Racks;
using ClientStor.Api.Features.Roles;
using ClientStor.Api.Features.Settings;
using ClientStor.Api.Features.Teams;
using ClientStor.Api.Features.Users;
using ClientStor.Api.Features.Vault;
using ClientStor.Api.Platform.Files;
using ClientStor.Api.Platform.Authentication;
using ClientStor.Api.Platform.Configuration;
using ClientStor.Api.Platform.Health;
using ClientStor.Api.Platform.Crypto;
using ClientStor.Api.Platform.Http;
using ClientStor.Api.Platform.RateLimiting;
using ClientStor.Api.Platform.Security;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HttpOverrides;
using Scalar.AspNetCore;

namespace ClientStor.Api.Hosting;

/// <summary>Builds the ClientStor web host: used by Program, the CLI verbs that need the app, and the tests.</summary>
public static partial class ClientStorApp
{
    public const string ConnectionStringName = "ClientStor";

    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        configure?.Invoke(builder);
        var options = builder.Configuration.GetSection(ClientStorOptions.Section).Get<ClientStorOptions>() ?? new ClientStorOptions();
        builder.Services.Configure<ClientStorOptions>(builder.Configuration.GetSection(ClientStorOptions.Section));
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.AddServerHeader = false;
            k.Limits.MaxRequestBodySize = options.MaxRequestBodyBytes;
        });

        builder.Services.AddClientStorData(builder.Configuration);
        builder.Services.AddClientStorErrors();
        builder.Services.AddClientStorHealth();
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddDataProtection().SetApplicationName("ClientStor");
        if (!options.Offline)
            builder.Services.AddSingleton<Microsoft.Extensions.Options.IConfigureOptions<Microsoft.AspNetCore.DataProtection.KeyManagement.KeyManagementOptions>>(sp =>
                new Microsoft.Extensions.Options.ConfigureOptions<Microsoft.AspNetCore.DataProtection.KeyManagement.KeyManagementOptions>(o =>
                    o.XmlRepository = new DatabaseXmlRepository(sp.GetRequiredService<IServiceScopeFactory>())));
        else
            builder.Services.AddDataProtection().UseEphemeralDataProtectionProvider();
        builder.Services.AddClientStorAuthentication();
        builder.Services.AddClientStorAuthorization();
        builder.Services.AddClientStorAuditing();
        builder.Services.AddClientStorCrypto();
        builder.Services.AddClientStorSecurity(builder.Configuration, options);
        builder.Services.AddClientStorFiles(builder.Configuration);
        builder.Services.AddClientStorRateLimiting(builder.Configuration);
        builder.Services
            .AddAuthModule(options)
            .AddUsersModule()
            .AddMeModule()
            .AddOrgsModule()
            .AddRolesModule()
            .AddMembersModule()
            .AddTeamsModule()
            .AddApiKeysModule()
            .AddSettingsModule()
            .AddLocationsModule()
            .AddDocsModule()
            .AddAttachmentsModule()
            .AddContactsModule()
            .AddAssetsModule()
            .AddDiscoveryModule()
            .AddIpamModule()
            .AddRacksModule()
            .AddVaultModule()
            .AddAuditModule()
            .AddOverviewModule();
        builder.Services.AddScoped<Seeding.DemoSeeder>();
        builder.Services.AddScoped<Seeding.DemoPeopleSeeder>();
        builder.Services.AddScoped<Seeding.DemoDocsSeeder>();
        builder.Services.AddScoped<Seeding.DemoAttachments>();
        builder.Services.AddScoped<Seeding.DemoFloorPlans>();
        builder.Services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            if (options.TrustedProxies.Count == 0)
                return; // ASP.NET Core's default: loopback proxies only
            o.KnownIPNetworks.Clear();
            o.KnownProxies.Clear();
            foreach (var entry in options.TrustedProxies)
                o.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(Platform.Http.Networks.Normalize(entry)
                    ?? throw new InvalidOperationException($"ClientStor:TrustedProxies: '{entry}' is not an IP address or CIDR network.")));
        });
        builder.Services.AddFastEndpoints(o => o.IncludeAbstractValidators = false);
        // Numbers are JSON numbers: "5" is not an integer (the OpenAPI document then says "integer", not "integer or string").
        builder.Services.ConfigureHttpJsonOptions(o => JsonInput.ConfigureContract(o.SerializerOptions));
        builder.Services.AddOpenApi("v1", o =>
        {
            o.AddDocumentTransformer<BearerScheme>();
            o.AddOperationTransformer<FastEndpointsOperations>();
            o.AddSchemaTransformer<BodyOnlySchemas>();
            o.AddDocumentTransformer<EnumReferences>();
        });

        var app = builder.Build();
        app.UseForwardedHeaders();
        app.UseSecurityHeaders();
        app.UseClientStorErrors();
        app.UseGeoIpBlocks();
        app.UseRouting();
        app.UseRequestBodyLimits();
        if (options.Cors.AllowedOrigins.Count > 0)
            app.UseCors(SecurityModule.CorsPolicy); // otherwise no CORS headers at all (and no per-request CORS log noise)
        app.UseClientStorRateLimitsBeforeAuthentication();
        app.UseAuthentication();
        app.UseClientStorRateLimitsAfterAuthentication();
        app.UseAuthorization();
        app.UseMiddleware<IdempotencyMiddleware>();
        app.UseMissingContentTypeProblems();
        app.UseFastEndpoints(c =>
        {
            c.Endpoints.NameGenerator = OperationNames.For;
            c.Endpoints.Configurator = EndpointConventions.Apply;
            c.Security.ScopeClaimType = OpenIddict.Abstractions.OpenIddictConstants.Claims.Private.Scope;
            c.Serializer.Options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
            c.Serializer.Options.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
            JsonInput.Configure(c.Serializer.Options);
            c.Binding.JsonExceptionTransformer = JsonInput.Failure;
            c.Errors.ContentType = Problems.ContentType;
            c.Errors.ResponseBuilder = Problems.FromValidationFailures;
            c.Errors.ProducesMetadataType = typeof(Microsoft.AspNetCore.Mvc.ProblemDetails);
        });
        app.MapClientStorHealth();
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        // Self-hosted reference: the bundle is served from this API, no font downloads, no telemetry, AI agent, MCP or developer toolbar.
        app.MapScalarApiReference("/api/docs", o => o.WithTitle("ClientStor API").WithOpenApiRoutePattern("/openapi/{documentName}.json")
                .DisableDefaultFonts().DisableTelemetry().DisableAgent().DisableMcp().HideDeveloperTools()
                .AddPreferredSecuritySchemes(Platform.OpenApi.BearerScheme.Name))
            .AllowAnonymous();
        return app;
    }

    /// <summary>Connections one API process opens to PostgreSQL at most, unless the connection string says otherwise.</summary>
    public const int DefaultMaxPoolSize = 8;

    /// <summary>
    /// Connection settings the benchmark showed matter, applied unless the connection string sets them itself:
    /// EF opens and closes the connection around every query, and Npgsql would send DISCARD ALL on each reuse (four
    /// extra round trips per request; nothing here keeps session state — only SET LOCAL); PostgreSQL spent more CPU
    /// planning and parsing the same few statements than running them, so frequently used statements are prepared
    /// automatically (they stay prepared on the pooled connection); and a few connections busy all the time serve more
    /// requests than many taking turns for the database's cores (on 2 cores, 8 instead of Npgsql's 100: list requests
    /// +14-27% per second, p99 45 -> 31-36 ms). Requests wait for a free connection (up to the connection string's
    /// Timeout, 15 s by default; then 503).
    /// </summary>
    internal static string Tuned(string connectionString)
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        if (!connectionString.Contains("Reset On Close", StringComparison.OrdinalIgnoreCase))
            builder.NoResetOnClose = true;
        if (!connectionString.Contains("Auto Prepare", StringComparison.OrdinalIgnoreCase))
            builder.MaxAutoPrepare = 100;
        if (!MaxPoolSizeKeyword().IsMatch(connectionString))
            builder.MaxPoolSize = DefaultMaxPoolSize;
        return builder.ConnectionString;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"Max(imum)?\s*Pool\s*Size", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex MaxPoolSizeKeyword();

    /// <summary>
    /// Pooled DbContexts: options are built once and contexts are reused (resetting one is cheaper than building its
    /// services per request). Each scope leases its own and gives it the scope's <see cref="Platform.Tenancy.CurrentOrg"/>.
    /// </summary>
    public static IServiceCollection AddClientStorData(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = Tuned(configuration.GetConnectionString(ConnectionStringName) ?? "Host=127.0.0.1;Database=clientstor;Username=clientstor");
        services.AddPooledDbContextFactory<ClientStorDbContext>(o =>
        {
            o.UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history"));
            o.UseSnakeCaseNamingConvention();
            o.UseOpenIddict();
        });
        services.AddScoped(sp =>
        {
            var db = sp.GetRequiredService<IDbContextFactory<ClientStorDbContext>>().CreateDbContext();
            db.CurrentOrg = sp.GetService<Platform.Tenancy.CurrentOrg>();
            return db;
        });
        return services;
    }
}
