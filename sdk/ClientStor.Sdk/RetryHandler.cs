using System.Net;

namespace ClientStor.Sdk;

/// <summary>
/// Retries calls that are safe to repeat — GET, HEAD, PUT, DELETE, and any request carrying an
/// <c>Idempotency-Key</c> — after 429 (waiting what <c>Retry-After</c> says, capped) and after 502, 503 and 504 or a
/// failed connection (exponential backoff with jitter). Other requests are sent once.
/// </summary>
public sealed class RetryHandler(int maxRetries = 3, TimeSpan? baseDelay = null, TimeSpan? maxDelay = null) : DelegatingHandler
{
    private readonly TimeSpan baseDelay = baseDelay ?? TimeSpan.FromMilliseconds(200);
    private readonly TimeSpan maxDelay = maxDelay ?? TimeSpan.FromSeconds(30);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (!IsRepeatable(request))
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        for (var attempt = 0; ; attempt++)
        {
            HttpResponseMessage? response = null;
            try
            {
                response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
                if (attempt >= maxRetries || !IsTransient(response.StatusCode))
                    return response;
            }
            catch (HttpRequestException) when (attempt < maxRetries && !cancellationToken.IsCancellationRequested)
            {
            }
            var delay = DelayFor(response, attempt);
            response?.Dispose();
            await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
        }
    }

    internal static bool IsRepeatable(HttpRequestMessage request) =>
        request.Method == HttpMethod.Get || request.Method == HttpMethod.Head || request.Method == HttpMethod.Put
        || request.Method == HttpMethod.Delete || request.Headers.Contains("Idempotency-Key");

    internal static bool IsTransient(HttpStatusCode status) =>
        status is HttpStatusCode.TooManyRequests or HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;

    internal TimeSpan DelayFor(HttpResponseMessage? response, int attempt)
    {
        var retryAfter = response?.Headers.RetryAfter;
        var wanted = retryAfter?.Delta ?? (retryAfter?.Date is { } date ? date - DateTimeOffset.UtcNow : (TimeSpan?)null);
        if (wanted is { } server && server > TimeSpan.Zero)
            return server < maxDelay ? server : maxDelay;
        var backoff = baseDelay * Math.Pow(2, attempt) * (0.8 + Random.Shared.NextDouble() * 0.4);
        return backoff < maxDelay ? backoff : maxDelay;
    }
}
