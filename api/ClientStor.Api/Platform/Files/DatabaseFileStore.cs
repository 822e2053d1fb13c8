using System.Data;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Options;
using Npgsql;
using NpgsqlTypes;

namespace ClientStor.Api.Platform.Files;

/// <summary>
/// Files in PostgreSQL: <c>file_chunks</c> rows of <see cref="FileStorageOptions.ChunkBytes"/>, written with binary COPY
/// in the request's transaction and read back one chunk at a time, so neither direction holds more than a chunk in memory.
/// </summary>
public sealed class DatabaseFileStore(ClientStorDbContext db, IOptions<FileStorageOptions> options) : IFileStore
{
    public string Name => FileStores.Database;

    public async Task WriteAsync(StoredFile file, Stream content, CancellationToken ct)
    {
        if (db.Database.CurrentTransaction is null)
            throw new InvalidOperationException("Write a file's chunks inside the transaction that saves the row referring to it.");
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        var buffer = new byte[options.Value.ChunkBytes];
        content.Position = 0;
        await using var import = await connection.BeginBinaryImportAsync("COPY file_chunks (file_id, seq, data) FROM STDIN (FORMAT BINARY)", ct);
        var seq = 0;
        int read;
        while ((read = await content.ReadAtLeastAsync(buffer, buffer.Length, throwOnEndOfStream: false, ct)) > 0)
        {
            await import.StartRowAsync(ct);
            await import.WriteAsync(file.Id, NpgsqlDbType.Uuid, ct);
            await import.WriteAsync(seq++, NpgsqlDbType.Integer, ct);
            await import.WriteAsync(new ArraySegment<byte>(buffer, 0, read), NpgsqlDbType.Bytea, ct);
        }
        await import.CompleteAsync(ct);
    }

    public async Task CopyToAsync(StoredFile file, Stream destination, long offset, long length, CancellationToken ct)
    {
        if (length <= 0)
            return;
        var chunk = (long)options.Value.ChunkBytes;
        // Chunks were cut at the store's chunk size when the file was written; a file written with another size is read
        // from its first chunk and skipped through (rare: the size is configuration).
        var first = (int)(offset / chunk);
        var last = (int)((offset + length - 1) / chunk);
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        var opened = connection.State != ConnectionState.Open;
        if (opened)
            await connection.OpenAsync(ct);
        try
        {
            await using var command = new NpgsqlCommand("SELECT seq, length(data), data FROM file_chunks WHERE file_id = $1 AND seq BETWEEN $2 AND $3 ORDER BY seq", connection);
            command.Parameters.Add(new NpgsqlParameter { Value = file.Id });
            command.Parameters.Add(new NpgsqlParameter { Value = first });
            command.Parameters.Add(new NpgsqlParameter { Value = last });
            if (db.Database.CurrentTransaction?.GetDbTransaction() is NpgsqlTransaction tx)
                command.Transaction = tx;
            await using var reader = await command.ExecuteReaderAsync(CommandBehavior.SequentialAccess, ct);
            var position = (long)first * chunk;
            var remaining = length;
            var buffer = new byte[81920];
            while (remaining > 0 && await reader.ReadAsync(ct))
            {
                await reader.GetFieldValueAsync<int>(0, ct);
                var size = await reader.GetFieldValueAsync<int>(1, ct);
                await using var data = await reader.GetStreamAsync(2, ct);
                var skip = Math.Max(0, offset - position);
                position += size;
                long done = 0;
                int read;
                while (remaining > 0 && (read = await data.ReadAsync(buffer, ct)) > 0)
                {
                    var start = (int)Math.Min(read, Math.Max(0, skip - done));
                    done += read;
                    var take = (int)Math.Min(read - start, remaining);
                    if (take <= 0)
                        continue;
                    await destination.WriteAsync(buffer.AsMemory(start, take), ct);
                    remaining -= take;
                }
            }
            if (remaining > 0)
                throw new InvalidOperationException($"The file {file.Id} is shorter in the database than its row says ({remaining} bytes missing).");
        }
        finally
        {
            if (opened)
                await connection.CloseAsync();
        }
    }

    public Task DeleteObjectAsync(string objectKey, CancellationToken ct) => Task.CompletedTask;
}
