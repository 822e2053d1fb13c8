using System.Net.Http.Headers;

namespace ClientStor.Sdk;

/// <summary>
/// Adds <c>Authorization: Bearer</c> to every request, asking <paramref name="getToken"/> for the current
/// access token (cache and refresh it there), and retries once with a fresh token after a 401.
/// </summary>
public sealed class AccessTokenHandler(Func<bool, CancellationToken, ValueTask<string>> getToken) : DelegatingHandler
{
    /// <summary>A handler for a fixed token (e.g. one obtained by your own OAuth flow).</summary>
    public AccessTokenHandler(string accessToken) : this((_, _) => ValueTask.FromResult(accessToken)) { }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await getToken(false, cancellationToken));
        var response = await base.SendAsync(request, cancellationToken);
        if (response.StatusCode != System.Net.HttpStatusCode.Unauthorized || request.Content is { } and not (ByteArrayContent or null))
            return response;
        // Only requests without a streamed body can be replayed safely.
        response.Dispose();
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await getToken(true, cancellationToken));
        return await base.SendAsync(request, cancellationToken);
    }
}
