using System.Security.Cryptography;
using Npgsql;
using OpenIddict.Abstractions;

namespace ClientStor.Api.Platform.Http;

/// <summary>
/// <c>Idempotency-Key</c> on POST: the first request's response is stored, a retry with the same key and
/// body gets it back without running again, the same key with another body is refused with 422.
/// Records are private to the caller and kept 24 hours.
/// </summary>
internal sealed class IdempotencyMiddleware(RequestDelegate next)
{
    public const string Header = "Idempotency-Key";
    private static readonly TimeSpan Retention = TimeSpan.FromHours(24);

    public async Task InvokeAsync(HttpContext ctx)
    {
        if (!HttpMethods.IsPost(ctx.Request.Method) || !ctx.Request.Path.StartsWithSegments("/api")
            || !ctx.Request.Headers.TryGetValue(Header, out var keyValues)
            || ctx.User.Identity?.IsAuthenticated != true)
        {
            await next(ctx);
            return;
        }

        // resolved here, not as an InvokeAsync parameter: most requests never need a DbContext in this middleware
        var db = ctx.RequestServices.GetRequiredService<ClientStorDbContext>();
        var key = keyValues.ToString();
        if (key.Length is 0 or > 200)
        {
            await Problems.Validation(Header, "Idempotency-Key must be 1 to 200 characters.").ExecuteAsync(ctx);
            return;
        }
        var actor = ctx.User.GetClaim(OpenIddictConstants.Claims.Subject) ?? ctx.User.GetClaim(OpenIddictConstants.Claims.ClientId) ?? "";
        ctx.Request.EnableBuffering();
        var hash = Convert.ToHexString(await SHA256.HashDataAsync(ctx.Request.Body, ctx.RequestAborted));
        ctx.Request.Body.Position = 0;
        var path = ctx.Request.Path.Value ?? "";
        var now = DateTimeOffset.UtcNow;

        var existing = await db.IdempotencyRecords.AsNoTracking()
            .FirstOrDefaultAsync(r => r.Actor == actor && r.Key == key && r.CreatedAt > now - Retention, ctx.RequestAborted);
        if (existing is not null)
        {
            await ReplayOrRefuse(ctx, existing, hash, path);
            return;
        }

        // Expired records under the same key make room for the new one.
        await db.IdempotencyRecords.Where(r => r.Actor == actor && r.Key == key).ExecuteDeleteAsync(ctx.RequestAborted);
        var record = new IdempotencyRecord
        {
            Id = Guid.CreateVersion7(), Actor = actor, Key = key, Method = ctx.Request.Method, Path = path,
            RequestHash = hash, CreatedAt = now,
        };
        db.IdempotencyRecords.Add(record);
        try
        {
            await db.SaveChangesAsync(ctx.RequestAborted);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            db.ChangeTracker.Clear();
            var racing = await db.IdempotencyRecords.AsNoTracking().FirstAsync(r => r.Actor == actor && r.Key == key, ctx.RequestAborted);
            await ReplayOrRefuse(ctx, racing, hash, path);
            return;
        }
        db.ChangeTracker.Clear();

        var original = ctx.Response.Body;
        using var buffer = new MemoryStream();
        ctx.Response.Body = buffer;
        try
        {
            await next(ctx);
        }
        catch
        {
            await Forget(db, record.Id);
            throw;
        }
        finally
        {
            ctx.Response.Body = original;
        }

        buffer.Position = 0;
        if (ctx.Response.StatusCode >= 500)
            await Forget(db, record.Id);
        else
            await db.IdempotencyRecords.Where(r => r.Id == record.Id).ExecuteUpdateAsync(s => s
                .SetProperty(r => r.StatusCode, ctx.Response.StatusCode)
                .SetProperty(r => r.ContentType, ctx.Response.ContentType)
                .SetProperty(r => r.Location, ctx.Response.Headers.Location.ToString())
                .SetProperty(r => r.ETag, ctx.Response.Headers.ETag.ToString())
                .SetProperty(r => r.Body, buffer.ToArray()), CancellationToken.None);
        await buffer.CopyToAsync(original, ctx.RequestAborted);
    }

    private static Task Forget(ClientStorDbContext db, Guid id) =>
        db.IdempotencyRecords.Where(r => r.Id == id).ExecuteDeleteAsync(CancellationToken.None);

    private static async Task ReplayOrRefuse(HttpContext ctx, IdempotencyRecord record, string hash, string path)
    {
        if (record.RequestHash != hash || record.Path != path || record.Method != ctx.Request.Method)
        {
            await Problems.Unprocessable("idempotency-key-reused", "Idempotency key reused.",
                "This Idempotency-Key was already used with a different request. Use a new key for a new request.").ExecuteAsync(ctx);
            return;
        }
        if (record.StatusCode is null)
        {
            await Problems.Result(Problems.Build(409, "idempotency-in-progress", "Request in progress.",
                "The first request with this Idempotency-Key is still running. Retry shortly.")).ExecuteAsync(ctx);
            return;
        }
        ctx.Response.StatusCode = record.StatusCode.Value;
        if (!string.IsNullOrEmpty(record.ContentType)) ctx.Response.ContentType = record.ContentType;
        if (!string.IsNullOrEmpty(record.Location)) ctx.Response.Headers.Location = record.Location;
        if (!string.IsNullOrEmpty(record.ETag)) ctx.Response.Headers.ETag = record.ETag;
        ctx.Response.Headers["Idempotent-Replayed"] = "true";
        if (record.Body is { Length: > 0 })
            await ctx.Response.Body.WriteAsync(record.Body, ctx.RequestAborted);
    }
}
