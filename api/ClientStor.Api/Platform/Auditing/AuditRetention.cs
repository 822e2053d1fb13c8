
namespace ClientStor.Api.Platform.Auditing;

/// <summary>
/// The only way rows leave the audit log: deletes rows older than the cutoff, chain by chain, and appends a
/// checkpoint row recording what was purged (up to which row, and that row's hash) so the rest still verifies.
/// </summary>
public sealed class AuditRetention(ClientStorDbContext db, AuditLog audit)
{
    public async Task<int> PurgeAsync(DateTimeOffset olderThan, CancellationToken ct)
    {
        var total = 0;
        var chains = await db.AuditChainHeads.AsNoTracking().Select(h => h.Chain).ToListAsync(ct);
        foreach (var chain in chains)
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            // Lock the head first: no writer appends while this chain is purged.
            await db.Database.ExecuteSqlInterpolatedAsync($"SELECT 1 FROM audit_chain_heads WHERE chain = {chain} FOR UPDATE", ct);
            var last = await db.AuditEvents.AsNoTracking()
                .Where(e => e.Chain == chain && e.OccurredAt < olderThan)
                .OrderByDescending(e => e.ChainSeq)
                .Select(e => new { e.ChainSeq, e.Hash, e.OrgId })
                .FirstOrDefaultAsync(ct);
            if (last is null)
            {
                await tx.RollbackAsync(ct);
                continue;
            }
            // The append-only trigger lets a DELETE through only inside this flagged transaction.
            await db.Database.ExecuteSqlRawAsync("SET LOCAL clientstor.audit_purge = 'on'", ct);
            var deleted = await db.AuditEvents.Where(e => e.Chain == chain && e.ChainSeq <= last.ChainSeq).ExecuteDeleteAsync(ct);
            await db.Database.ExecuteSqlRawAsync("SET LOCAL clientstor.audit_purge = 'off'", ct);
            await audit.SaveAsync(new AuditEntry(AuditCategories.Admin, AuditVerifier.PurgeAction)
            {
                OrgId = last.OrgId,
                Actor = AuditActor.System,
                Details = new { purgedThroughSeq = last.ChainSeq, lastPurgedHash = last.Hash, purgedCount = deleted, olderThan },
            }, ct);
            await tx.CommitAsync(ct);
            total += deleted;
        }
        return total;
    }
}
