using System.Net.Http.Json;
using System.Text.Json.Serialization;

namespace ClientStor.Sdk;

/// <summary>
/// Access tokens for an API key (OAuth client credentials): fetched from <c>/connect/token</c>, cached until a
/// minute before they expire, shared by concurrent callers (one request at a time), refreshed on demand after a 401.
/// </summary>
public sealed class ClientCredentialsTokenProvider(HttpClient tokenHttp, string clientId, string clientSecret, string? scope = null)
{
    private static readonly TimeSpan Margin = TimeSpan.FromSeconds(60);
    private readonly SemaphoreSlim gate = new(1, 1);
    private string? token;
    private DateTimeOffset expiresAt;

    /// <summary>How many tokens were fetched (for diagnostics).</summary>
    public int TokensIssued { get; private set; }

    public async ValueTask<string> GetAsync(bool forceRefresh, CancellationToken cancellationToken)
    {
        if (!forceRefresh && token is { } cached && DateTimeOffset.UtcNow < expiresAt - Margin)
            return cached;
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!forceRefresh && token is { } again && DateTimeOffset.UtcNow < expiresAt - Margin)
                return again;
            var form = new Dictionary<string, string>
            {
                ["grant_type"] = "client_credentials", ["client_id"] = clientId, ["client_secret"] = clientSecret,
            };
            if (scope is not null)
                form["scope"] = scope;
            using var response = await tokenHttp.PostAsync("connect/token", new FormUrlEncodedContent(form), cancellationToken).ConfigureAwait(false);
            var body = await response.Content.ReadFromJsonAsync<TokenResponse>(cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode || body?.AccessToken is null)
                throw new ClientStorAuthenticationException(
                    $"The API key was refused ({(int)response.StatusCode} {body?.Error}): {body?.ErrorDescription ?? "no access token in the answer"}");
            token = body.AccessToken;
            expiresAt = DateTimeOffset.UtcNow.AddSeconds(body.ExpiresIn ?? 300);
            TokensIssued++;
            return token;
        }
        finally { gate.Release(); }
    }

    private sealed class TokenResponse
    {
        [JsonPropertyName("access_token")] public string? AccessToken { get; set; }
        [JsonPropertyName("expires_in")] public int? ExpiresIn { get; set; }
        [JsonPropertyName("error")] public string? Error { get; set; }
        [JsonPropertyName("error_description")] public string? ErrorDescription { get; set; }
    }
}

/// <summary>The API key (client id and secret) was refused at the token endpoint.</summary>
public sealed class ClientStorAuthenticationException(string message) : Exception(message);
