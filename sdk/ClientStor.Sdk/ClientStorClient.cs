namespace ClientStor.Sdk;

/// <summary>
/// Entry point: one <see cref="HttpClient"/> (its BaseAddress the ClientStor server, its handler adding the
/// bearer token, see <see cref="AccessTokenHandler"/>, then <see cref="RetryHandler"/> for transient failures) shared by
/// the per-module clients.
/// <code>
/// var client = ClientStorClient.ForApiKey(new Uri("https://clientstor.example"), clientId, clientSecret);
/// await foreach (var asset in client.Assets.ListAllAssetsAsync(orgId))
///     Console.WriteLine(asset.Name);
/// </code>
/// </summary>
public sealed class ClientStorClient(HttpClient http)
{
    public IAuthClient Auth { get; } = new AuthClient(http);
    public IMeClient Me { get; } = new MeClient(http);
    public IOrgsClient Orgs { get; } = new OrgsClient(http);
    public IAssetsClient Assets { get; } = new AssetsClient(http);
    public ILocationsClient Locations { get; } = new LocationsClient(http);
    public IContactsClient Contacts { get; } = new ContactsClient(http);
    public IIPAMClient Ipam { get; } = new IPAMClient(http);
    public IRacksClient Racks { get; } = new RacksClient(http);
    public IVaultClient Vault { get; } = new VaultClient(http);
    public IDiscoveryClient Discovery { get; } = new DiscoveryClient(http);
    public IAuditClient Audit { get; } = new AuditClient(http);
    public IMembersClient Members { get; } = new MembersClient(http);
    public IRolesClient Roles { get; } = new RolesClient(http);
    public IApiKeysClient ApiKeys { get; } = new ApiKeysClient(http);
    public IUsersClient Users { get; } = new UsersClient(http);
    public ISettingsClient Settings { get; } = new SettingsClient(http);

    /// <summary>A client for <paramref name="baseAddress"/> that sends <paramref name="accessToken"/>.</summary>
    public static ClientStorClient WithAccessToken(Uri baseAddress, string accessToken) =>
        new(new HttpClient(new AccessTokenHandler(accessToken) { InnerHandler = new RetryHandler { InnerHandler = new HttpClientHandler() } }) { BaseAddress = baseAddress });

    /// <summary>A client that gets its tokens from your code (an app that already holds a user's token, say).</summary>
    public static ClientStorClient WithTokenProvider(Uri baseAddress, Func<bool, CancellationToken, ValueTask<string>> getToken) =>
        new(new HttpClient(new AccessTokenHandler(getToken) { InnerHandler = new RetryHandler { InnerHandler = new HttpClientHandler() } }) { BaseAddress = baseAddress });

    /// <summary>
    /// A client for an API key: tokens come from <c>/connect/token</c> (client credentials), are cached until shortly
    /// before they expire and are renewed once after a 401. <paramref name="scope"/> may narrow the key's scopes.
    /// </summary>
    public static ClientStorClient ForApiKey(Uri baseAddress, string clientId, string clientSecret, string? scope = null) =>
        ForApiKey(baseAddress, clientId, clientSecret, scope, out _);

    /// <inheritdoc cref="ForApiKey(Uri, string, string, string?)"/>
    public static ClientStorClient ForApiKey(Uri baseAddress, string clientId, string clientSecret, string? scope, out ClientCredentialsTokenProvider tokens)
    {
        var provider = new ClientCredentialsTokenProvider(new HttpClient { BaseAddress = baseAddress }, clientId, clientSecret, scope);
        tokens = provider;
        return WithTokenProvider(baseAddress, provider.GetAsync);
    }
}
