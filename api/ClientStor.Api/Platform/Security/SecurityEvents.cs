using Microsoft.Extensions.Options;

namespace ClientStor.Api.Platform.Security;

/// <summary>Audit actions of the aggregated security events (category <c>security</c>).</summary>
public static class SecurityEventKinds
{
    public const string RateLimited = "rate_limit.exceeded";
    public const string AdminIpDenied = "admin_ip.denied";
    public const string GeoBlocked = "geoip.blocked";
}

/// <summary>
/// Security events that an attacker can trigger at will (rate-limit hits, address and country blocks). They are
/// counted in memory per kind and partition and written as one audit row per partition per flush interval
/// (default: a minute) with the number of hits, so a flood cannot flood the audit log or contend for its chain.
/// Each replica aggregates on its own. Pending counts are written when the server stops.
/// </summary>
public sealed partial class SecurityEvents(IServiceScopeFactory scopes, ILogger<SecurityEvents> log)
{
    private const int MaxPaths = 5;
    private readonly Lock gate = new();
    private Dictionary<(string Kind, string Partition), Bucket> buckets = [];

    private sealed class Bucket
    {
        public required AuditActor Actor { get; init; }
        public required string? Ip { get; init; }
        public required string? UserAgent { get; init; }
        public required object? Details { get; init; }
        public required DateTimeOffset First { get; init; }
        public DateTimeOffset Last { get; set; }
        public int Hits { get; set; }
        public HashSet<string> Paths { get; } = [];
    }

    /// <summary>Counts one hit; cheap and never touches the database.</summary>
    public void Record(HttpContext context, string kind, string partition, object? details)
    {
        var now = DateTimeOffset.UtcNow;
        var path = $"{context.Request.Method} {context.Request.Path}";
        lock (gate)
        {
            if (!buckets.TryGetValue((kind, partition), out var bucket))
            {
                bucket = new Bucket
                {
                    Actor = AuditLog.ActorOf(context),
                    Ip = context.Connection.RemoteIpAddress?.ToString(),
                    UserAgent = context.Request.Headers.UserAgent.ToString(),
                    Details = details,
                    First = now,
                };
                buckets[(kind, partition)] = bucket;
            }
            bucket.Hits++;
            bucket.Last = now;
            if (bucket.Paths.Count < MaxPaths)
                bucket.Paths.Add(path.Length > 200 ? path[..200] : path);
        }
    }

    /// <summary>Writes one audit row per partition hit since the last flush. Returns the number of rows written.</summary>
    public async Task<int> FlushAsync(CancellationToken ct)
    {
        Dictionary<(string Kind, string Partition), Bucket> batch;
        lock (gate)
        {
            if (buckets.Count == 0)
                return 0;
            batch = buckets;
            buckets = [];
        }
        var entries = batch.Select(b => new AuditEntry(AuditCategories.Security, b.Key.Kind)
        {
            Outcome = AuditOutcomes.Denied,
            Actor = b.Value.Actor,
            Ip = b.Value.Ip,
            UserAgent = b.Value.UserAgent,
            TargetType = "partition",
            TargetId = b.Key.Partition,
            Details = new { hits = b.Value.Hits, firstAt = b.Value.First, lastAt = b.Value.Last, paths = b.Value.Paths, about = b.Value.Details },
        }).ToList();
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AuditLog>().SaveAsync(entries, ct);
        return entries.Count;
    }

    internal async Task FlushLoggingAsync(CancellationToken ct)
    {
        try
        {
            await FlushAsync(ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogFlushFailed(log, e.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not write aggregated security events: {Reason}")]
    private static partial void LogFlushFailed(ILogger logger, string reason);
}

public sealed class SecurityOptions
{
    /// <summary>How often aggregated security events are written (one row per partition per interval).</summary>
    public TimeSpan EventFlushInterval { get; set; } = TimeSpan.FromMinutes(1);
}

/// <summary>Writes aggregated security events every interval and once more on shutdown.</summary>
internal sealed class SecurityEventFlusher(SecurityEvents events, IOptions<SecurityOptions> options) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.EventFlushInterval);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
                await events.FlushLoggingAsync(stoppingToken);
        }
        catch (OperationCanceledException)
        {
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await events.FlushLoggingAsync(cancellationToken);
    }
}
