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
        // The chunks to read follow from the size the file was cut at when written (its first chunk's length: every chunk
        // but the last is that long), which need not be today's configured size.
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        var opened = connection.State != ConnectionState.Open;
        if (opened)
            await connection.OpenAsync(ct);
        try
        {
            await using var command = new NpgsqlCommand("""
                SELECT f.seq, c.size, f.data FROM file_chunks f,
                    (SELECT length(data)::bigint AS size FROM file_chunks WHERE file_id = $1 AND seq = 0) c
                WHERE f.file_id = $1 AND f.seq BETWEEN $2 / c.size AND ($2 + $3 - 1) / c.size
                ORDER BY f.seq
                """, connection);
            command.Parameters.Add(new NpgsqlParameter { Value = file.Id });
            command.Parameters.Add(new NpgsqlParameter { Value = offset });
            command.Parameters.Add(new NpgsqlParameter { Value = length });
            if (db.Database.CurrentTransaction?.GetDbTransaction() is NpgsqlTransaction tx)
                command.Transaction = tx;
            await using var reader = await command.ExecuteReaderAsync(CommandBehavior.SequentialAccess, ct);
            long? position = null;
            var remaining = length;
            var buffer = new byte[81920];
            while (remaining > 0 && await reader.ReadAsync(ct))
            {
                var seq = await reader.GetFieldValueAsync<int>(0, ct);
                var chunk = await reader.GetFieldValueAsync<long>(1, ct);
                position ??= seq * chunk;
                await using var data = await reader.GetStreamAsync(2, ct);
                var skip = Math.Max(0, offset - position.Value);
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
                position += done;
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
