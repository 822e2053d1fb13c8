using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ClientStor.Api.Platform.Auditing;
using ClientStor.Api.Platform.Data;
using ClientStor.Tests.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace ClientStor.Api.Tests.Audit;

/// <summary>
/// The database links each audit row into its chain when the transaction commits (a deferred trigger on
/// audit_pending), so the chain head is locked only for the commit. The links must be the ones the verifier expects.
/// </summary>
public sealed class AuditSealTests(ApiHost api, ITestOutputHelper output) : IClassFixture<ApiHost>
{
    [Fact]
    public async Task Forty_parallel_asset_creates_in_one_org_all_commit_into_one_unbroken_chain()
    {
        using var admin = await api.AdminAsync();
        var org = await OrgWorld.CreateOrgAsync(admin, "Busy Org " + Guid.NewGuid().ToString("N")[..6]);
        (await admin.PostAsJsonAsync($"/api/v1/orgs/{org}/assets", new { type = "server", name = "Warm-up" })).StatusCode.ShouldBe(HttpStatusCode.Created);

        var clock = Stopwatch.StartNew();
        var responses = await Task.WhenAll(Enumerable.Range(0, 40).Select(i =>
            admin.PostAsJsonAsync($"/api/v1/orgs/{org}/assets", new { type = "server", name = $"Server {i:00}" })));
        clock.Stop();
        output.WriteLine($"40 parallel audited creates into one org: {clock.ElapsedMilliseconds} ms");

        responses.ShouldAllBe(r => r.StatusCode == HttpStatusCode.Created);
        var rows = await ChainAsync(org.ToString());
        rows.Count(r => r.Action == "asset.created").ShouldBe(41);
        rows.Select(r => r.ChainSeq).ShouldBe(Enumerable.Range(1, rows.Count).Select(i => (long)i));
        rows.Select(r => r.Id).ShouldBe(rows.Select(r => r.Id).Order());
        for (var i = 1; i < rows.Count; i++)
            rows[i].PrevHash.ShouldBe(rows[i - 1].Hash);
        var verify = await admin.GetFromJsonAsync<JsonElement>("/api/v1/audit/verify");
        verify.GetProperty("ok").GetBoolean().ShouldBeTrue(verify.ToString());
        (await PendingCountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task A_rolled_back_transaction_leaves_no_audit_row_and_nothing_pending()
    {
        var target = Guid.NewGuid().ToString();
        await using (var scope = api.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ClientStorDbContext>();
            await using var tx = await db.Database.BeginTransactionAsync();
            db.IdempotencyRecords.Add(new ClientStor.Api.Platform.Http.IdempotencyRecord
            {
                Id = Guid.CreateVersion7(), Actor = "rollback", Key = target, Method = "POST", Path = "/x", RequestHash = "h", CreatedAt = DateTimeOffset.UtcNow,
            });
            await scope.ServiceProvider.GetRequiredService<AuditLog>().SaveAsync(
                new AuditEntry(AuditCategories.Admin, "test.rolled_back") { TargetType = "test", TargetId = target }, CancellationToken.None);

            // Inside the transaction the entry waits in audit_pending; the chain is not touched before the commit.
            (await db.Database.SqlQuery<int>($"SELECT count(*)::int AS \"Value\" FROM audit_pending").SingleAsync()).ShouldBe(1);
            (await db.AuditEvents.CountAsync(e => e.TargetId == target)).ShouldBe(0);
            await tx.RollbackAsync();
        }

        await using var check = api.Services.CreateAsyncScope();
        var after = check.ServiceProvider.GetRequiredService<ClientStorDbContext>();
        (await after.AuditEvents.CountAsync(e => e.TargetId == target)).ShouldBe(0);
        (await after.IdempotencyRecords.CountAsync(r => r.Key == target)).ShouldBe(0);
        (await PendingCountAsync()).ShouldBe(0);
        (await VerifyAsync()).Ok.ShouldBeTrue();
    }

    [Fact]
    public async Task A_row_sealed_by_the_database_has_the_hash_the_verifier_computes()
    {
        var orgId = Guid.CreateVersion7();
        const string note = "Zoë's <b>“quoted”</b> & 'single' \"double\" — 日本語 \\ / \t tab ✓ 😀";
        await SaveAsync(
            new AuditEntry(AuditCategories.Admin, "test.sealed")
            {
                OrgId = orgId, Actor = new AuditActor("system", null, null), TargetType = "test", TargetId = "1",
                Details = new { note, nested = new { list = new object?[] { 1, null, true, 2.5 } } },
            },
            new AuditEntry(AuditCategories.Admin, "test.sealed") { OrgId = orgId, Actor = AuditActor.System, TargetType = "test", TargetId = "2", Ip = "2001:db8::1" });

        var rows = await ChainAsync(orgId.ToString());
        rows.Count.ShouldBe(2);
        rows[0].ActorName.ShouldBeNull();
        rows[0].ActorId.ShouldBeNull();
        JsonDocument.Parse(rows[0].Details!).RootElement.GetProperty("note").GetString().ShouldBe(note);
        rows[0].PrevHash.ShouldBe("");
        rows[1].PrevHash.ShouldBe(rows[0].Hash);
        rows[1].Details.ShouldBeNull();
        foreach (var row in rows)
            AuditChain.ComputeHash(row).ShouldBe(row.Hash);
        (await VerifyAsync()).Ok.ShouldBeTrue();
    }

    [Fact]
    public void Rows_hashed_before_the_database_sealed_them_still_verify()
    {
        // The hash the application computed for this row before AuditSealAtCommit: the canonical bytes must not change.
        var row = new AuditEvent
        {
            Id = 123456789, Chain = "0193a3f1-7c2e-7d44-9a51-3f0e2b9c1d77", ChainSeq = 42,
            OccurredAt = new DateTimeOffset(2026, 11, 23, 19, 4, 52, TimeSpan.Zero).AddTicks(1234560),
            Category = "vault", Action = "credential.revealed", Outcome = "success", ActorType = "user",
            ActorId = "0193a3f1-0000-7000-8000-000000000001", ActorName = null, OrgId = Guid.Parse("0193a3f1-7c2e-7d44-9a51-3f0e2b9c1d77"),
            TargetType = "credential", TargetId = "abc", Ip = "2001:db8::1", UserAgent = "Mozilla/5.0 (X11; Linux) <test> & \"quotes\" 'single'",
            RequestId = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01",
            Details = "{\"note\":\"Zoë <b>“x”</b> & 'y' \\\"z\\\" 日本 😀\",\"n\":1}",
            PrevHash = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
        };

        AuditChain.ComputeHash(row).ShouldBe("bd077c1f459e6a550391abcfdbfb04ff3dd6d15074fdc2960286d32d536aa214");
    }

    [Fact]
    public async Task Entries_for_several_chains_keep_their_order_within_each_chain_and_never_deadlock()
    {
        var orgs = Enumerable.Range(0, 3).Select(_ => Guid.CreateVersion7()).ToArray();
        // Writers list the chains in opposite orders; the trigger locks chain heads in one fixed order.
        await Task.WhenAll(Enumerable.Range(0, 12).Select(async writer =>
        {
            for (var round = 0; round < 5; round++)
            {
                var order = writer % 2 == 0 ? orgs : Enumerable.Reverse(orgs).ToArray();
                var entries = Enumerable.Range(0, 20).Select(i => new AuditEntry(AuditCategories.Admin, "test.multi")
                {
                    OrgId = i % 4 == 3 ? null : order[i % 3], Actor = AuditActor.System, Details = new { writer, round, i },
                }).ToList();
                await SaveAsync([.. entries]);
            }
        }));

        foreach (var chain in orgs.Select(o => o.ToString()))
        {
            var rows = await ChainAsync(chain);
            rows.Select(r => r.ChainSeq).ShouldBe(Enumerable.Range(1, rows.Count).Select(i => (long)i));
            foreach (var batch in rows.Select(r => JsonDocument.Parse(r.Details!).RootElement)
                         .GroupBy(d => (d.GetProperty("writer").GetInt32(), d.GetProperty("round").GetInt32())))
                batch.Select(d => d.GetProperty("i").GetInt32()).ShouldBe(batch.Select(d => d.GetProperty("i").GetInt32()).Order());
        }
        (await PendingCountAsync()).ShouldBe(0);
        (await VerifyAsync()).Ok.ShouldBeTrue();
    }

    [Fact]
    public async Task Several_saves_in_one_transaction_append_in_call_order_and_leave_nothing_pending()
    {
        var orgId = Guid.CreateVersion7();
        await using (var scope = api.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ClientStorDbContext>();
            var audit = scope.ServiceProvider.GetRequiredService<AuditLog>();
            await using var tx = await db.Database.BeginTransactionAsync();
            foreach (var step in new[] { "first", "second", "third" })
                await audit.SaveAsync(new AuditEntry(AuditCategories.Admin, "test." + step) { OrgId = orgId, Actor = AuditActor.System }, CancellationToken.None);
            await tx.CommitAsync();
        }

        (await ChainAsync(orgId.ToString())).Select(r => r.Action).ShouldBe(["test.first", "test.second", "test.third"]);
        (await PendingCountAsync()).ShouldBe(0);
    }

    private async Task SaveAsync(params AuditEntry[] entries)
    {
        await using var scope = api.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AuditLog>().SaveAsync(entries, CancellationToken.None);
    }

    private async Task<List<AuditEvent>> ChainAsync(string chain)
    {
        await using var scope = api.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ClientStorDbContext>().AuditEvents.AsNoTracking()
            .Where(e => e.Chain == chain).OrderBy(e => e.ChainSeq).ToListAsync();
    }

    private async Task<int> PendingCountAsync()
    {
        await using var scope = api.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ClientStorDbContext>().Database
            .SqlQuery<int>($"SELECT count(*)::int AS \"Value\" FROM audit_pending").SingleAsync();
    }

    private async Task<AuditVerification> VerifyAsync()
    {
        await using var scope = api.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AuditVerifier>().VerifyAsync(CancellationToken.None);
    }
}
