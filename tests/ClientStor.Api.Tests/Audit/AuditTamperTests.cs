using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using ClientStor.Api.Platform.Auditing;
using ClientStor.Tests.Shared;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace ClientStor.Api.Tests.Audit;

/// <summary>
/// Tampering done the way an attacker with database access would: a superuser connection with the
/// append-only trigger disabled. Verification must name the first bad row.
/// </summary>
public sealed class AuditTamperTests : IAsyncLifetime
{
    private readonly ApiHost api = new();
    private Guid orgId;
    private List<long> ids = [];

    public async Task InitializeAsync()
    {
        await api.InitializeAsync();
        using var client = await api.AdminAsync();
        var org = await (await client.PostAsJsonAsync("/api/v1/orgs", new { name = "Tamper Target" })).Content.ReadFromJsonAsync<JsonElement>();
        orgId = org.GetProperty("id").GetGuid();
        for (var i = 0; i < 4; i++)
            (await client.PatchAsJsonAsync($"/api/v1/orgs/{orgId}", new { notes = $"revision {i}" })).EnsureSuccessStatusCode();
        ids = await QueryIdsAsync();
        ids.Count.ShouldBe(5);
        (await VerifyAsync()).Ok.ShouldBeTrue();
    }

    public Task DisposeAsync() => api.DisposeAsync();

    [Fact]
    public async Task An_altered_field_is_found()
    {
        await TamperAsync($"UPDATE audit_events SET actor_name = 'someone else' WHERE id = {ids[2]}");
        var result = await VerifyAsync();
        result.Ok.ShouldBeFalse();
        result.FirstBrokenId.ShouldBe(ids[2]);
        result.Reason!.ShouldContain("altered");
    }

    [Fact]
    public async Task Altered_details_are_found()
    {
        await TamperAsync($"UPDATE audit_events SET details = '{{\"after\":{{\"notes\":\"innocent\"}}}}' WHERE id = {ids[1]}");
        (await VerifyAsync()).FirstBrokenId.ShouldBe(ids[1]);
    }

    [Fact]
    public async Task A_deleted_row_is_found()
    {
        await TamperAsync($"DELETE FROM audit_events WHERE id = {ids[2]}");
        var result = await VerifyAsync();
        result.Ok.ShouldBeFalse();
        result.FirstBrokenId.ShouldBe(ids[3]);
        result.Reason!.ShouldContain("deleted");
    }

    [Fact]
    public async Task A_deleted_last_row_is_found()
    {
        await TamperAsync($"DELETE FROM audit_events WHERE id = {ids[4]}");
        var result = await VerifyAsync();
        result.Ok.ShouldBeFalse();
        result.Chain.ShouldBe(orgId.ToString());
        result.Reason!.ShouldContain("missing at the end");
    }

    [Fact]
    public async Task Reordered_rows_are_found()
    {
        await TamperAsync($"""
            UPDATE audit_events SET chain_seq = -1 WHERE id = {ids[1]};
            UPDATE audit_events SET chain_seq = 2 WHERE id = {ids[2]};
            UPDATE audit_events SET chain_seq = 3 WHERE id = {ids[1]};
            """);
        var result = await VerifyAsync();
        result.Ok.ShouldBeFalse();
        result.FirstBrokenId.ShouldBe(ids[2]);
    }

    [Fact]
    public async Task The_verify_endpoint_and_cli_report_the_break()
    {
        await TamperAsync($"UPDATE audit_events SET outcome = 'failure' WHERE id = {ids[3]}");

        using var client = await api.AdminAsync();
        var body = await client.GetFromJsonAsync<JsonElement>("/api/v1/audit/verify");
        body.GetProperty("ok").GetBoolean().ShouldBeFalse();
        body.GetProperty("firstBrokenId").GetInt64().ShouldBe(ids[3]);

        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        psi.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "ClientStor.Api.dll"));
        psi.ArgumentList.Add("audit");
        psi.ArgumentList.Add("verify");
        psi.Environment["ConnectionStrings__ClientStor"] = api.ConnectionString;
        using var process = Process.Start(psi)!;
        var err = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        process.ExitCode.ShouldBe(1);
        err.ShouldContain($"row id {ids[3]}");
    }

    [Fact]
    public async Task A_purge_leaves_a_checkpoint_and_the_rest_still_verifies()
    {
        await TamperAsync($"UPDATE audit_events SET occurred_at = occurred_at - interval '400 days' WHERE id IN ({ids[0]}, {ids[1]})", disableTrigger: true, rehash: true);
        (await VerifyAsync()).Ok.ShouldBeTrue();

        await using (var scope = api.Services.CreateAsyncScope())
            (await scope.ServiceProvider.GetRequiredService<AuditRetention>().PurgeAsync(DateTimeOffset.UtcNow.AddDays(-365), CancellationToken.None)).ShouldBe(2);

        var remaining = await QueryIdsAsync();
        remaining.ShouldNotContain(ids[0]);
        remaining.ShouldNotContain(ids[1]);
        remaining.Count.ShouldBe(4); // three originals + the checkpoint
        var result = await VerifyAsync();
        result.Ok.ShouldBeTrue(result.Reason);
    }

    private async Task<AuditVerification> VerifyAsync()
    {
        await using var scope = api.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AuditVerifier>().VerifyAsync(CancellationToken.None);
    }

    private async Task<List<long>> QueryIdsAsync()
    {
        await using var conn = new NpgsqlConnection(api.ConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand($"SELECT id FROM audit_events WHERE org_id = '{orgId}' ORDER BY chain_seq", conn);
        await using var reader = await cmd.ExecuteReaderAsync();
        var list = new List<long>();
        while (await reader.ReadAsync())
            list.Add(reader.GetInt64(0));
        return list;
    }

    /// <summary>
    /// Superuser tampering with the trigger off. <paramref name="rehash"/> re-signs the chain afterwards,
    /// i.e. simulates rows that really are that old (used to test the purge, not detection).
    /// </summary>
    private async Task TamperAsync(string sql, bool disableTrigger = true, bool rehash = false)
    {
        await using var conn = new NpgsqlConnection(api.ConnectionString);
        await conn.OpenAsync();
        var script = (disableTrigger ? "ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only;\n" : "") + sql.TrimEnd().TrimEnd(';') + ";"
            + (disableTrigger ? "\nALTER TABLE audit_events ENABLE TRIGGER audit_events_append_only;" : "");
        await using (var cmd = new NpgsqlCommand(script, conn))
            await cmd.ExecuteNonQueryAsync();
        if (!rehash)
            return;
        await using var scope = api.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ClientStor.Api.Platform.Data.ClientStorDbContext>();
        var rows = db.AuditEvents.Where(e => e.OrgId == orgId).OrderBy(e => e.ChainSeq).ToList();
        var prev = "";
        foreach (var row in rows)
        {
            row.PrevHash = prev;
            row.Hash = AuditChain.ComputeHash(row);
            prev = row.Hash;
        }
        await using (var off = new NpgsqlCommand("ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only", conn))
            await off.ExecuteNonQueryAsync();
        await db.SaveChangesAsync();
        var head = db.AuditChainHeads.Single(h => h.Chain == orgId.ToString());
        head.LastHash = prev;
        await db.SaveChangesAsync();
        await using (var on = new NpgsqlCommand("ALTER TABLE audit_events ENABLE TRIGGER audit_events_append_only", conn))
            await on.ExecuteNonQueryAsync();
    }
}
