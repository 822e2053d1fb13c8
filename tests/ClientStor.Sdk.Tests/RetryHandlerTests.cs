using System.Net;
using ClientStor.Sdk;

namespace ClientStor.Sdk.Tests;

/// <summary>The retry policy is pure logic over HTTP messages: tested with a scripted inner handler.</summary>
public sealed class RetryHandlerTests
{
    private sealed class Scripted(params HttpStatusCode[] statuses) : HttpMessageHandler
    {
        public int Calls { get; private set; }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var status = statuses[Math.Min(Calls++, statuses.Length - 1)];
            var response = new HttpResponseMessage(status);
            if (status == HttpStatusCode.TooManyRequests)
                response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromMilliseconds(30));
            return Task.FromResult(response);
        }
    }

    private static HttpClient Client(Scripted inner) =>
        new(new RetryHandler(maxRetries: 3, baseDelay: TimeSpan.FromMilliseconds(5)) { InnerHandler = inner }) { BaseAddress = new Uri("http://127.0.0.1/") };

    [Fact]
    public async Task Idempotent_calls_retry_429_and_transient_5xx_then_succeed()
    {
        var inner = new Scripted(HttpStatusCode.TooManyRequests, HttpStatusCode.ServiceUnavailable, HttpStatusCode.OK);
        var started = DateTimeOffset.UtcNow;
        (await Client(inner).GetAsync("x")).StatusCode.ShouldBe(HttpStatusCode.OK);
        inner.Calls.ShouldBe(3);
        (DateTimeOffset.UtcNow - started).ShouldBeGreaterThanOrEqualTo(TimeSpan.FromMilliseconds(25)); // Retry-After honoured
    }

    [Fact]
    public async Task A_post_without_idempotency_key_is_sent_once_and_retries_stop_at_the_limit()
    {
        var post = new Scripted(HttpStatusCode.ServiceUnavailable, HttpStatusCode.OK);
        (await Client(post).PostAsync("x", null)).StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        post.Calls.ShouldBe(1);

        var keyed = new Scripted(HttpStatusCode.BadGateway, HttpStatusCode.Created);
        using var request = new HttpRequestMessage(HttpMethod.Post, "x");
        request.Headers.Add("Idempotency-Key", "k1");
        (await Client(keyed).SendAsync(request)).StatusCode.ShouldBe(HttpStatusCode.Created);
        keyed.Calls.ShouldBe(2);

        var always = new Scripted(HttpStatusCode.GatewayTimeout);
        (await Client(always).DeleteAsync("x")).StatusCode.ShouldBe(HttpStatusCode.GatewayTimeout);
        always.Calls.ShouldBe(4);

        var notTransient = new Scripted(HttpStatusCode.InternalServerError, HttpStatusCode.OK);
        (await Client(notTransient).GetAsync("x")).StatusCode.ShouldBe(HttpStatusCode.InternalServerError);
        notTransient.Calls.ShouldBe(1);
    }
}
