using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ClientStor.Api.Hosting;
using ClientStor.Api.Features.Auth;
using ClientStor.Api.Features.Users;
using ClientStor.Api.Platform.Configuration;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Xunit;

namespace ClientStor.Tests.Shared;

/// <summary>
/// The real API on Kestrel (127.0.0.1, a free port) over its own cloned database. Tokens come from the real
/// OAuth endpoints: a test signs in the way the SPA does (login → authorize with PKCE → token).
/// </summary>
public class ApiHost : IAsyncLifetime
{
    public const string RedirectUri = "http://127.0.0.1/test/callback";
    public const string AdminEmail = "admin@clientstor.test";
    public const string AdminPassword = "correct horse battery staple";

    private WebApplication? app;
    public string Database { get; private set; } = "";
    public Uri BaseAddress { get; private set; } = null!;
    public IServiceProvider Services => app!.Services;
    public string ConnectionString => TestDatabase.ConnectionStringFor(Database);

    private readonly List<WebApplication> replicas = [];

    /// <summary>The master key of this host's database (every replica of it gets the same one).</summary>
    public string MasterKey { get; } = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    public async Task InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync();
        (app, BaseAddress) = await StartAppAsync();
        await using (var scope = app.Services.CreateAsyncScope())
            await SpaClientRegistration.RegisterAsync(scope.ServiceProvider,
                scope.ServiceProvider.GetRequiredService<IOptions<ClientStorOptions>>().Value.Spa, CancellationToken.None);
        await CreateUserAsync(AdminEmail, AdminPassword, globalAdmin: true);
    }

    /// <summary>Starts the API over this host's database; a second one is another replica sharing it.</summary>
    private async Task<(WebApplication App, Uri Address)> StartAppAsync(Action<WebApplicationBuilder>? configure = null)
    {
        var instance = ClientStorApp.Build(["--urls", "http://127.0.0.1:0", "--environment", "Testing"], b =>
        {
            b.Configuration["ConnectionStrings:ClientStor"] = ConnectionString;
            b.Configuration["CLIENTSTOR_MASTER_KEY"] = MasterKey;
            b.Configuration["ClientStor:Auth:RequireHttps"] = "false";
            b.Configuration["ClientStor:RegisterSpaClient"] = "false";
            b.Configuration["ClientStor:Spa:RedirectUris:0"] = RedirectUri;
            b.Configuration["ClientStor:Spa:PostLogoutRedirectUris:0"] = "http://127.0.0.1/test/logout";
            // CLIENTSTOR_TEST_LOG=1 shows the server's log (unhandled exceptions with their stack) while debugging a test.
            if (Environment.GetEnvironmentVariable("CLIENTSTOR_TEST_LOG") != "1")
                b.Logging.ClearProviders();
            // The suite signs in hundreds of times from 127.0.0.1: limits are raised here (the limiter still runs) and
            // the rate-limit tests lower them in their own hosts.
            foreach (var rule in new[] { "LoginPerIp", "LoginPerAccount", "TokenPerClient", "ApiPerUser", "ApiPerKey", "AnonymousPerIp" })
                b.Configuration[$"ClientStor:RateLimits:{rule}:PermitLimit"] = "1000000";
            Configure(b);
            configure?.Invoke(b);
        });
        await instance.StartAsync();
        var address = instance.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return (instance, new Uri(address));
    }

    /// <summary>Configuration of this host's API instances, applied after the defaults above.</summary>
    protected virtual void Configure(WebApplicationBuilder builder) { }

    /// <summary>A second API instance on the same database (what a load balancer would spread requests over).</summary>
    public async Task<HttpClient> StartReplicaAsync(Action<WebApplicationBuilder>? configure = null)
    {
        var (replica, address) = await StartAppAsync(configure);
        replicas.Add(replica);
        return new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = address };
    }

    public async Task DisposeAsync()
    {
        foreach (var replica in replicas)
        {
            await replica.StopAsync();
            await replica.DisposeAsync();
        }
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
        await TestDatabase.DropAsync(Database);
    }

    public HttpClient Anonymous() => new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = BaseAddress };

    public async Task<User> CreateUserAsync(string email, string password, bool globalAdmin = false)
    {
        await using var scope = Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<UserAccounts>().CreateAsync(email, password, null, globalAdmin, CancellationToken.None);
        return result.User ?? throw new InvalidOperationException($"{result.Field}: {result.Error}");
    }

    public const string DefaultScope = "openid profile offline_access api";

    /// <summary>
    /// Signs in like the SPA: POST /api/v1/auth/login (and /api/v1/auth/mfa with <paramref name="mfaCode"/> when the
    /// account has MFA), then code + PKCE at /connect/authorize and /connect/token.
    /// </summary>
    public async Task<TokenSet> SignInAsync(string email, string password, string scope = DefaultScope, Func<string>? mfaCode = null)
    {
        var (browser, status) = await LoginAsync(email, password);
        using (browser)
        {
            if (status == "mfa_required")
            {
                if (mfaCode is null)
                    throw new InvalidOperationException("login answered mfa_required but the test gave no code");
                var mfa = await browser.PostAsJsonAsync("/api/v1/auth/mfa", new { code = mfaCode() });
                if (mfa.StatusCode != HttpStatusCode.OK)
                    throw new InvalidOperationException($"mfa failed: {(int)mfa.StatusCode} {await mfa.Content.ReadAsStringAsync()}");
            }
            return await AuthorizeAsync(browser, scope);
        }
    }

    /// <summary>POST /api/v1/auth/login in a cookie-keeping "browser"; returns it and the login status.</summary>
    public async Task<(HttpClient Browser, string Status)> LoginAsync(string email, string password)
    {
        var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = BaseAddress };
        var login = await browser.PostAsJsonAsync("/api/v1/auth/login", new { email, password });
        if (login.StatusCode != HttpStatusCode.OK)
        {
            browser.Dispose();
            throw new InvalidOperationException($"login failed: {(int)login.StatusCode} {await login.Content.ReadAsStringAsync()}");
        }
        return (browser, (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString()!);
    }

    /// <summary>Code + PKCE with the browser's session cookie. Throws when no code is issued.</summary>
    public async Task<TokenSet> AuthorizeAsync(HttpClient browser, string scope = DefaultScope)
    {
        var verifier = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        var challenge = WebEncoders.Base64UrlEncode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));
        var authorize = await browser.GetAsync(QueryHelpers.AddQueryString("/connect/authorize", new Dictionary<string, string?>
        {
            ["client_id"] = SpaOptions.ClientId, ["response_type"] = "code", ["redirect_uri"] = RedirectUri, ["scope"] = scope,
            ["code_challenge"] = challenge, ["code_challenge_method"] = "S256", ["state"] = "s1",
        }));
        var code = authorize.Headers.Location is { } location && location.ToString().StartsWith(RedirectUri, StringComparison.Ordinal)
            ? QueryHelpers.ParseQuery(location.Query)["code"].ToString() : null;
        if (authorize.StatusCode != HttpStatusCode.Found || string.IsNullOrEmpty(code))
            throw new InvalidOperationException($"authorize failed: {(int)authorize.StatusCode} {authorize.Headers.Location} {await authorize.Content.ReadAsStringAsync()}");

        var token = await browser.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code", ["client_id"] = SpaOptions.ClientId, ["code"] = code,
            ["redirect_uri"] = RedirectUri, ["code_verifier"] = verifier,
        }));
        var body = await token.Content.ReadFromJsonAsync<JsonElement>();
        if (!token.IsSuccessStatusCode)
            throw new InvalidOperationException($"token failed: {body}");
        return new TokenSet(body.GetProperty("access_token").GetString()!,
            body.TryGetProperty("refresh_token", out var rt) ? rt.GetString() : null);
    }

    /// <summary>An HttpClient carrying a bearer token for the given user.</summary>
    public HttpClient ClientWith(TokenSet tokens)
    {
        var client = Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tokens.AccessToken);
        return client;
    }

    public async Task<HttpClient> AdminAsync() => ClientWith(await SignInAsync(AdminEmail, AdminPassword));

    public async Task<HttpResponseMessage> RefreshAsync(string refreshToken)
    {
        using var client = Anonymous();
        return await client.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token", ["client_id"] = SpaOptions.ClientId, ["refresh_token"] = refreshToken,
        }));
    }
}

public sealed record TokenSet(string AccessToken, string? RefreshToken)
{
    /// <summary>A string claim of a signed JWT access token (for example OpenIddict's token id <c>oi_tkn_id</c>).</summary>
    public static string Claim(string jwt, string name)
    {
        var payload = jwt.Split('.')[1].Replace('-', '+').Replace('_', '/');
        payload = payload.PadRight(payload.Length + (4 - payload.Length % 4) % 4, '=');
        return JsonDocument.Parse(Convert.FromBase64String(payload)).RootElement.GetProperty(name).GetString()!;
    }
}
