using Microsoft.Extensions.Options;

namespace ClientStor.Api.Platform.Files;

/// <summary>
/// Deletes objects of the S3 store whose file rows are gone (a trigger on <c>stored_files</c> queues their keys, so a
/// cascade from a deleted organisation, asset or article is not missed). Each replica sweeps; <c>SKIP LOCKED</c> gives
/// every key to one of them.
/// </summary>
public sealed class FileObjectSweeper(IServiceScopeFactory scopes, IOptions<FileStorageOptions> options, ILogger<FileObjectSweeper> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.Store != FileStores.S3)
            return;
        using var timer = new PeriodicTimer(options.Value.SweepInterval);
        do
        {
            try
            {
                await SweepAsync(scopes, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogWarning(e, "Deleting removed files' objects from the S3 store failed; the next sweep retries.");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>One sweep: up to 500 queued keys deleted from the store and from the queue. Returns how many.</summary>
    public static async Task<int> SweepAsync(IServiceScopeFactory scopes, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ClientStorDbContext>();
        var store = scope.ServiceProvider.GetRequiredService<IFileStore>();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var due = await db.Set<FileObjectDeletion>()
            .FromSql($"SELECT * FROM file_object_deletions ORDER BY id LIMIT 500 FOR UPDATE SKIP LOCKED").ToListAsync(ct);
        foreach (var deletion in due)
            await store.DeleteObjectAsync(deletion.ObjectKey, ct);
        db.RemoveRange(due);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return due.Count;
    }
}
