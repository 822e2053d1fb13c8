using ClientStor.Api.Features.Orgs;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ClientStor.Api.Platform.Auditing;
using ClientStor.Api.Platform.Data;
using ClientStor.Tests.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace ClientStor.Api.Tests.Audit;

/// <summary>Every mutation leaves exactly one audit row, in the same transaction as the change.</summary>
public sealed class AuditTrailTests(ApiHost api) : IClassFixture<ApiHost>
{
    private async Task<List<AuditEvent>> EventsAsync(Func<IQueryable<AuditEvent>, IQueryable<AuditEvent>> filter)
    {
        await using var scope = api.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ClientStorDbContext>();
        return await filter(db.AuditEvents.AsNoTracking()).OrderBy(e => e.Id).ToListAsync();
    }

    [Fact]
    public async Task Org_lifecycle_leaves_one_row_per_change_with_before_and_after()
    {
        using var client = await api.AdminAsync();
        var created = await (await client.PostAsJsonAsync("/api/v1/orgs", new { name = "Audited Org", notes = "v1" })).Content.ReadFromJsonAsync<JsonElement>();
        var id = created.GetProperty("id").GetGuid();
        (await client.PatchAsJsonAsync($"/api/v1/orgs/{id}", new { notes = "v2" })).EnsureSuccessStatusCode();
        (await client.PatchAsJsonAsync($"/api/v1/orgs/{id}", new { status = "archived" })).EnsureSuccessStatusCode();
        (await client.PatchAsJsonAsync($"/api/v1/orgs/{id}", new { notes = "v2" })).EnsureSuccessStatusCode(); // no change: no row
        (await client.DeleteAsync($"/api/v1/orgs/{id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var rows = await EventsAsync(q => q.Where(e => e.OrgId == id));

        rows.Select(r => r.Action).ShouldBe(["org.created", "org.updated", "org.archived", "org.deleted"]);
        rows.ShouldAllBe(r => r.Category == "organisation" && r.ActorType == "user" && r.ActorName == ApiHost.AdminEmail && r.TargetId == id.ToString());
        rows.Select(r => r.ChainSeq).ShouldBe([1L, 2L, 3L, 4L]);
        using var update = JsonDocument.Parse(rows[1].Details!);
        update.RootElement.GetProperty("before").GetProperty("notes").GetString().ShouldBe("v1");
        update.RootElement.GetProperty("after").GetProperty("notes").GetString().ShouldBe("v2");
        update.RootElement.GetProperty("changed").EnumerateArray().Select(c => c.GetString()).ShouldBe(["notes"]);
        rows[0].Ip.ShouldNotBeNull();
        rows[0].RequestId.ShouldNotBeNull();
    }

    [Fact]
    public async Task Sign_in_failure_success_token_and_logout_are_audited_without_secrets()
    {
        using var anonymous = api.Anonymous();
        await anonymous.PostAsJsonAsync("/api/v1/auth/login", new { email = ApiHost.AdminEmail, password = "wrong password entirely" });
        var tokens = await api.SignInAsync(ApiHost.AdminEmail, ApiHost.AdminPassword);
        await api.RefreshAsync(tokens.RefreshToken!);
        using var client = api.ClientWith(tokens);
        (await client.PostAsync("/api/v1/auth/logout", null)).EnsureSuccessStatusCode();

        var rows = await EventsAsync(q => q.Where(e => e.Category == "authentication"));
        var actions = rows.Select(r => r.Action).ToList();

        actions.ShouldContain("login.failed");
        actions.ShouldContain("login.succeeded");
        actions.ShouldContain("token.issued");
        actions.ShouldContain("token.refreshed");
        actions.ShouldContain("session.ended");
        rows.Single(r => r.Action == "login.failed").Outcome.ShouldBe("failure");
        foreach (var r in rows)
        {
            (r.Details ?? "").ShouldNotContain("wrong password entirely");
            (r.Details ?? "").ShouldNotContain(ApiHost.AdminPassword);
            (r.Details ?? "").ShouldNotContain(tokens.AccessToken[..40]);
        }
    }

    [Fact]
    public async Task A_failed_audit_write_rolls_the_change_back_and_the_caller_gets_an_error()
    {
        using var client = await api.AdminAsync();
        await ExecuteAsync("ALTER TABLE audit_events ADD CONSTRAINT test_refuse_org_created CHECK (action <> 'org.created') NOT VALID");
        try
        {
            var response = await client.PostAsJsonAsync("/api/v1/orgs", new { name = "Never Saved" });

            response.StatusCode.ShouldBe(HttpStatusCode.InternalServerError);
            await using var scope = api.Services.CreateAsyncScope();
            (await scope.ServiceProvider.GetRequiredService<ClientStorDbContext>().Orgs.AnyAsync(o => o.Name == "Never Saved")).ShouldBeFalse();
        }
        finally
        {
            await ExecuteAsync("ALTER TABLE audit_events DROP CONSTRAINT test_refuse_org_created");
        }
    }

    [Fact]
    public async Task The_database_refuses_update_delete_and_truncate_of_audit_rows()
    {
        using var client = await api.AdminAsync();
        (await client.PostAsJsonAsync("/api/v1/orgs", new { name = "Immutable" })).EnsureSuccessStatusCode();

        foreach (var sql in new[] { "UPDATE audit_events SET action = 'forged'", "DELETE FROM audit_events", "TRUNCATE audit_events" })
        {
            var error = await Should.ThrowAsync<PostgresException>(() => ExecuteAsync(sql));
            error.MessageText.ShouldContain("append-only");
        }
    }

    [Fact]
    public async Task Eight_parallel_writers_never_fork_or_gap_a_chain()
    {
        var orgId = Guid.CreateVersion7();
        await Task.WhenAll(Enumerable.Range(0, 8).Select(async writer =>
        {
            for (var i = 0; i < 200; i++)
            {
                await using var scope = api.Services.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<ClientStorDbContext>();
                db.IdempotencyRecords.Add(new ClientStor.Api.Platform.Http.IdempotencyRecord
                {
                    Id = Guid.CreateVersion7(), Actor = $"writer-{writer}", Key = $"k{i}", Method = "POST", Path = "/x", RequestHash = "h", CreatedAt = DateTimeOffset.UtcNow,
                });
                await scope.ServiceProvider.GetRequiredService<AuditLog>().SaveAsync(
                    new AuditEntry(AuditCategories.Admin, "test.concurrent") { OrgId = orgId, Details = new { writer, i } }, CancellationToken.None);
            }
        }));

        var rows = await EventsAsync(q => q.Where(e => e.OrgId == orgId));
        rows.Count.ShouldBe(1600);
        rows.Select(r => r.ChainSeq).ShouldBe(Enumerable.Range(1, 1600).Select(i => (long)i));
        await using var verifyScope = api.Services.CreateAsyncScope();
        var result = await verifyScope.ServiceProvider.GetRequiredService<AuditVerifier>().VerifyAsync(CancellationToken.None);
        result.Ok.ShouldBeTrue(result.Reason);
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var conn = new NpgsqlConnection(api.ConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, conn);
        await cmd.ExecuteNonQueryAsync();
    }
}
