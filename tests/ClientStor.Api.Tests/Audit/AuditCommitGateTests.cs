using System.Net;
using System.Net.Http.Json;
using ClientStor.Api.Platform.Auditing;
using ClientStor.Api.Platform.Data;
using ClientStor.Api.Platform.Configuration;
using ClientStor.Tests.Shared;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ClientStor.Api.Tests.Audit;

/// <summary>The gate's own logic (no database): turns per chain, order across chains, cancellation.</summary>
public sealed class AuditCommitGateTests
{
    private static AuditCommitGate Gate(int perChain) =>
        new(Options.Create(new ClientStorOptions { Audit = new AuditOptions { CommitsPerChain = perChain } }));

    [Fact]
    public async Task No_more_than_the_configured_number_of_writers_hold_a_turn_at_one_chain()
    {
        var gate = Gate(2);
        int inside = 0, most = 0;
        await Task.WhenAll(Enumerable.Range(0, 24).Select(async i =>
        {
            // a chain named twice takes one turn, not two
            using var turn = await gate.EnterAsync(["org-a", "org-a"], CancellationToken.None);
            var now = Interlocked.Increment(ref inside);
            InterlockedMax(ref most, now);
            await Task.Delay(5);
            Interlocked.Decrement(ref inside);
        }));
        most.ShouldBe(2);
        inside.ShouldBe(0);
    }

    [Fact]
    public async Task Writers_of_other_chains_do_not_wait_for_a_full_chain()
    {
        var gate = Gate(1);
        using var busy = await gate.EnterAsync(["org-a"], CancellationToken.None);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        using var other = await gate.EnterAsync(["org-b", "platform"], timeout.Token);
        var waiting = gate.EnterAsync(["org-a"], CancellationToken.None).AsTask();
        await Task.Delay(50);
        waiting.IsCompleted.ShouldBeFalse();
        busy.Dispose();
        busy.Dispose(); // a second dispose gives nothing back twice
        (await waiting.WaitAsync(TimeSpan.FromSeconds(5))).Dispose();
    }

    [Fact]
    public async Task Writers_naming_the_same_chains_in_opposite_orders_never_deadlock()
    {
        var gate = Gate(1);
        await Task.WhenAll(Enumerable.Range(0, 8).Select(async i =>
        {
            string[] chains = i % 2 == 0 ? ["org-a", "org-b", "platform"] : ["platform", "org-b", "org-a"];
            for (var round = 0; round < 50; round++)
            {
                using var turn = await gate.EnterAsync(chains, CancellationToken.None);
                await Task.Yield();
            }
        })).WaitAsync(TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task A_cancelled_wait_gives_back_the_turns_it_already_held()
    {
        var gate = Gate(1);
        var blockB = await gate.EnterAsync(["org-b"], CancellationToken.None);
        using var cancel = new CancellationTokenSource();
        // takes org-a's only turn, then waits for org-b
        var waiting = gate.EnterAsync(["org-a", "org-b"], cancel.Token).AsTask();
        await Task.Delay(50);
        await cancel.CancelAsync();
        await Should.ThrowAsync<OperationCanceledException>(waiting);
        blockB.Dispose();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        using var again = await gate.EnterAsync(["org-a", "org-b"], timeout.Token);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen) { }
    }
}

/// <summary>An API that lets one transaction at a time commit into an audit chain.</summary>
public sealed class SingleCommitHost : ApiHost
{
    protected override void Configure(WebApplicationBuilder builder) => builder.Configuration["ClientStor:Audit:CommitsPerChain"] = "1";
}

public sealed class AuditCommitGateApiTests(SingleCommitHost api) : IClassFixture<SingleCommitHost>
{
    [Fact]
    public async Task Thirty_parallel_creates_behind_one_turn_per_chain_all_commit_into_one_unbroken_chain()
    {
        using var admin = await api.AdminAsync();
        var org = await OrgWorld.CreateOrgAsync(admin, "Gated Org " + Guid.NewGuid().ToString("N")[..6]);

        var responses = await Task.WhenAll(Enumerable.Range(0, 30).Select(i =>
            admin.PostAsJsonAsync($"/api/v1/orgs/{org}/assets", new { type = "server", name = $"Gated {i:00}" })));

        responses.ShouldAllBe(r => r.StatusCode == HttpStatusCode.Created);
        await using var scope = api.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ClientStorDbContext>();
        var rows = await db.AuditEvents.AsNoTracking().Where(e => e.Chain == org.ToString()).OrderBy(e => e.ChainSeq).ToListAsync();
        rows.Count(r => r.Action == "asset.created").ShouldBe(30);
        rows.Select(r => r.ChainSeq).ShouldBe(Enumerable.Range(1, rows.Count).Select(i => (long)i));
        for (var i = 1; i < rows.Count; i++)
            rows[i].PrevHash.ShouldBe(rows[i - 1].Hash);
        (await scope.ServiceProvider.GetRequiredService<AuditVerifier>().VerifyAsync(CancellationToken.None)).Ok.ShouldBeTrue();
        (await db.Database.SqlQuery<int>($"SELECT count(*)::int AS \"Value\" FROM audit_pending").SingleAsync()).ShouldBe(0);
    }
}
