namespace ClientStor.Sdk;

/// <summary>
/// Entry point: one <see cref="HttpClient"/> (its BaseAddress the ClientStor server, its handler adding the
/// bearer token, see <see cref="AccessTokenHandler"/>) shared by the per-module clients.
/// </summary>
public sealed class ClientStorClient(HttpClient http)
{
    public IAuthClient Auth { get; } = new AuthClient(http);
    public IMeClient Me { get; } = new MeClient(http);
    public IOrgsClient Orgs { get; } = new OrgsClient(http);

    /// <summary>A client for <paramref name="baseAddress"/> that sends <paramref name="accessToken"/>.</summary>
    public static ClientStorClient WithAccessToken(Uri baseAddress, string accessToken) =>
        new(new HttpClient(new AccessTokenHandler(accessToken) { InnerHandler = new HttpClientHandler() }) { BaseAddress = baseAddress });
}
