using System.Collections.Concurrent;
using ClientStor.Api.Platform.Configuration;
using Microsoft.Extensions.Options;

namespace ClientStor.Api.Platform.Auditing;

/// <summary>
/// Admission control for audited writes into one chain: at most <c>ClientStor:Audit:CommitsPerChain</c> of this process's
/// own audit transactions (<see cref="AuditLog"/> begins them) run at a time per chain; the others wait here, asleep,
/// before they begin. The database links a chain at COMMIT with the chain head locked until the commit is durable, so
/// commits into one chain are serial whatever happens here; but many of them queued inside PostgreSQL cost CPU instead of
/// only time (every commit wakes the head's waiters, and on a busy machine the holder waits for a core behind them). The
/// write rows' ceiling replay of `npm run bench` measured the database alone committing audited creates into one chain at
/// 1,004-1,262 per second with 2-4 writers and 353-440 with 16-32.
/// A transaction waits here before it begins, holding no lock of the database, so the gate cannot take part in a deadlock:
/// whoever holds a turn waits only for the database, never for someone waiting here. Transactions that callers begin
/// themselves (imports, sign-in, the retention purge, which locks heads) are not gated.
/// </summary>
public sealed class AuditCommitGate(IOptions<ClientStorOptions> options)
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> gates = new(StringComparer.Ordinal);
    private readonly int perChain = Math.Max(1, options.Value.Audit.CommitsPerChain);

    /// <summary>Waits for a turn at every given chain (in the order the database locks heads); dispose to give them back.</summary>
    public async ValueTask<Turn> EnterAsync(IEnumerable<string> chains, CancellationToken ct)
    {
        var held = new List<SemaphoreSlim>(1);
        try
        {
            // Ordinal order, as the seal trigger locks heads (ORDER BY chain COLLATE "C"): two multi-chain writers cannot
            // hold one turn each and wait for the other's.
            foreach (var chain in chains.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
            {
                var gate = gates.GetOrAdd(chain, _ => new SemaphoreSlim(perChain, perChain));
                await gate.WaitAsync(ct);
                held.Add(gate);
            }
            return new Turn(held);
        }
        catch
        {
            new Turn(held).Dispose();
            throw;
        }
    }

    /// <summary>The turns one writer holds; disposing gives them back (once).</summary>
    public sealed class Turn(List<SemaphoreSlim> held) : IDisposable
    {
        private int disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref disposed, 1) != 0)
                return;
            foreach (var gate in held)
                gate.Release();
        }
    }
}
