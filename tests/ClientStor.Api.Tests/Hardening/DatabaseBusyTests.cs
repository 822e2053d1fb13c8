using System.Net;
using System.Text.Json;
using ClientStor.Api.Platform.Data;
using ClientStor.Tests.Shared;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace ClientStor.Api.Tests.Hardening;

/// <summary>An API allowed two database connections, giving up on a busy pool after one second.</summary>
public sealed class TwoConnectionHost : ApiHost
{
    protected override void Configure(WebApplicationBuilder b) =>
        b.Configuration["ConnectionStrings:ClientStor"] = ConnectionString + ";Maximum Pool Size=2;Timeout=1";
}

public sealed class DatabaseBusyTests(TwoConnectionHost api) : IClassFixture<TwoConnectionHost>
{
    [Fact]
    public async Task Every_connection_busy_answers_503_with_retry_after_and_the_next_request_succeeds()
    {
        using var admin = await api.AdminAsync();
        (await admin.GetAsync("/api/v1/orgs")).StatusCode.ShouldBe(HttpStatusCode.OK);

        string pooled;
        await using (var scope = api.Services.CreateAsyncScope())
            pooled = scope.ServiceProvider.GetRequiredService<ClientStorDbContext>().Database.GetConnectionString()!;
        new NpgsqlConnectionStringBuilder(pooled).MaxPoolSize.ShouldBe(2); // the operator's setting wins over the default

        var held = new List<NpgsqlConnection>();
        try
        {
            // the API's own pool (same connection string), emptied
            for (var i = 0; i < 2; i++)
            {
                var connection = new NpgsqlConnection(pooled);
                await connection.OpenAsync();
                held.Add(connection);
            }
            var busy = await admin.GetAsync("/api/v1/orgs");
            busy.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
            busy.Headers.RetryAfter!.Delta.ShouldBe(TimeSpan.FromSeconds(1));
            busy.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
            var problem = JsonDocument.Parse(await busy.Content.ReadAsStringAsync()).RootElement;
            problem.GetProperty("type").GetString()!.ShouldEndWith("database-busy");
            problem.GetProperty("traceId").GetString().ShouldNotBeNullOrEmpty();
        }
        finally
        {
            foreach (var connection in held)
                await connection.DisposeAsync();
        }
        (await admin.GetAsync("/api/v1/orgs")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public void Without_a_pool_size_in_the_connection_string_the_api_opens_at_most_eight_connections() =>
        new NpgsqlConnectionStringBuilder(ClientStor.Api.Hosting.ClientStorApp.Tuned("Host=db;Database=clientstor;Username=app"))
            .MaxPoolSize.ShouldBe(ClientStor.Api.Hosting.ClientStorApp.DefaultMaxPoolSize);
}
