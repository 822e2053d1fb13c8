using ClientStor.Api.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace ClientStor.Api.Migrations;

/// <summary>
/// Databases created before the squash (development and benchmark clusters) have the schema Baseline creates, recorded
/// as the 17 earlier migrations; they are recorded as at Baseline instead of being migrated again.
/// </summary>
internal static class SquashedHistory
{
    private const string LastSquashed = "20261203142430_AuditSealIndexScans";

    public static async Task<bool> AdoptAsync(ClientStorDbContext db, CancellationToken ct)
    {
        var baseline = db.Database.GetMigrations().First();
        var applied = (await db.Database.GetAppliedMigrationsAsync(ct)).ToList();
        if (!applied.Contains(LastSquashed) || applied.Contains(baseline))
            return false;
        var product = typeof(DbContext).Assembly.GetName().Version!.ToString(3);
        await db.Database.ExecuteSqlAsync(
            $"INSERT INTO __ef_migrations_history (migration_id, product_version) VALUES ({baseline}, {product})", ct);
        await db.Database.ExecuteSqlAsync($"DELETE FROM __ef_migrations_history WHERE migration_id < {baseline}", ct);
        return true;
    }
}
