using System.Text.Json;

namespace ClientStor.Api.Platform.Auditing;

public sealed record AuditVerification(bool Ok, long Checked, int Chains, long? FirstBrokenId, string? Chain, string? Reason);

/// <summary>
/// Walks every chain in order and recomputes each row's hash. Reports the first row that was altered,
/// removed (a gap or a broken link), reordered, or added behind the application's back.
/// </summary>
public sealed class AuditVerifier(ClientStorDbContext db)
{
    public const string PurgeAction = "audit.purged";

    public async Task<AuditVerification> VerifyAsync(CancellationToken ct)
    {
        var heads = await db.AuditChainHeads.AsNoTracking().ToDictionaryAsync(h => h.Chain, ct);
        var checkpoints = await db.AuditEvents.AsNoTracking().Where(e => e.Action == PurgeAction)
            .Select(e => new { e.Chain, e.ChainSeq, e.Details }).ToListAsync(ct);

        long checkedRows = 0;
        var chainsSeen = new HashSet<string>();
        string? chain = null;
        long lastSeq = 0, lastId = 0;
        var lastHash = "";
        AuditVerification Broken(long id, string c, string reason) => new(false, checkedRows, chainsSeen.Count, id, c, reason);

        AuditVerification? CloseChain()
        {
            if (chain is null)
                return null;
            if (!heads.TryGetValue(chain, out var head) || head.LastSeq != lastSeq || head.LastHash != lastHash)
                return Broken(lastId, chain, "Rows are missing at the end of the chain (its head records a later row).");
            return null;
        }

        await foreach (var row in db.AuditEvents.AsNoTracking().OrderBy(e => e.Chain).ThenBy(e => e.ChainSeq).AsAsyncEnumerable().WithCancellation(ct))
        {
            if (row.Chain != chain)
            {
                if (CloseChain() is { } endBroken)
                    return endBroken;
                chain = row.Chain;
                chainsSeen.Add(chain);
                if (row.ChainSeq != 1 && !PurgedUpTo(checkpoints.Where(c => c.Chain == chain).Select(c => c.Details), row.ChainSeq - 1, row.PrevHash))
                    return Broken(row.Id, chain, $"The chain starts at row {row.ChainSeq} with no purge checkpoint covering the rows before it: rows were deleted.");
                if (row.ChainSeq == 1 && row.PrevHash != "")
                    return Broken(row.Id, chain, "The first row of the chain links to a previous row.");
                lastSeq = row.ChainSeq - 1;
                lastHash = row.PrevHash;
                lastId = 0;
            }
            if (row.ChainSeq != lastSeq + 1)
                return Broken(row.Id, chain, $"Row {lastSeq + 1} of the chain is missing (next found: {row.ChainSeq}): rows were deleted.");
            if (row.PrevHash != lastHash)
                return Broken(row.Id, chain, "The row does not link to the previous row's hash: rows were removed, inserted or reordered.");
            if (row.Id <= lastId)
                return Broken(row.Id, chain, "Row ids are out of order: rows were reordered.");
            if (AuditChain.ComputeHash(row) != row.Hash || row.Chain != AuditChain.ChainFor(row.OrgId))
                return Broken(row.Id, chain, "The row's content does not match its hash: a stored field was altered.");
            lastSeq = row.ChainSeq;
            lastHash = row.Hash;
            lastId = row.Id;
            checkedRows++;
        }
        if (CloseChain() is { } broken)
            return broken;
        var emptied = heads.Values.FirstOrDefault(h => h.LastSeq > 0 && !chainsSeen.Contains(h.Chain));
        if (emptied is not null)
            return new AuditVerification(false, checkedRows, chainsSeen.Count, null, emptied.Chain, "Every row of the chain was deleted.");
        return new AuditVerification(true, checkedRows, chainsSeen.Count, null, null, null);
    }

    private static bool PurgedUpTo(IEnumerable<string?> checkpointDetails, long seq, string prevHash)
    {
        foreach (var details in checkpointDetails)
        {
            if (details is null)
                continue;
            using var doc = JsonDocument.Parse(details);
            var root = doc.RootElement;
            if (root.TryGetProperty("purgedThroughSeq", out var s) && s.GetInt64() == seq
                && root.TryGetProperty("lastPurgedHash", out var h) && h.GetString() == prevHash)
                return true;
        }
        return false;
    }
}
