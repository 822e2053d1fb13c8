
namespace ClientStor.Api.Features.Audit;

public sealed class AuditStatsRequest
{
    /// <summary><c>day</c> (default) or <c>hour</c>.</summary>
    [OneOf("AuditBucket", "day", "hour")] [QueryParam] public string? Bucket { get; set; }
    /// <summary>Start of the range (default: 30 days ago).</summary>
    [QueryParam] public DateTimeOffset? From { get; set; }
    /// <summary>End of the range (default: now).</summary>
    [QueryParam] public DateTimeOffset? To { get; set; }
}

public sealed class AuditStatsPoint
{
    public required DateTimeOffset Start { get; set; }
    public required string Category { get; set; }
    public required int Count { get; set; }
}

public sealed class AuditStatsResponse
{
    public required string Bucket { get; set; }
    public required DateTimeOffset From { get; set; }
    public required DateTimeOffset To { get; set; }
    /// <summary>Counts per bucket and category; buckets without events are absent.</summary>
    public required IReadOnlyList<AuditStatsPoint> Points { get; set; }
}

internal sealed class AuditStatsValidator : Validator<AuditStatsRequest>
{
    public AuditStatsValidator()
    {
        RuleFor(x => x.Bucket).Must(b => b is null or "day" or "hour").WithMessage("bucket must be 'day' or 'hour'.");
        RuleFor(x => x.To).Must((r, to) => to is null || r.From is null || r.From < to).WithMessage("to must be after from.");
        RuleFor(x => x).Must(r => (r.To ?? DateTimeOffset.UtcNow) - (r.From ?? DateTimeOffset.UtcNow.AddDays(-30)) <= TimeSpan.FromDays(r.Bucket == "hour" ? 31 : 3660))
            .OverridePropertyName("from").WithMessage("The range is too long for this bucket (at most 31 days by hour, 10 years by day).");
    }
}

internal static class AuditStats
{
    private sealed record Row(DateTime Start, string Category, int Count);

    /// <summary>The request's bucket and range with their defaults: by day, the 30 days up to now.</summary>
    public static (string Bucket, DateTimeOffset From, DateTimeOffset To) Range(AuditStatsRequest req)
    {
        var to = (req.To ?? DateTimeOffset.UtcNow).ToUniversalTime();
        return (req.Bucket ?? "day", (req.From ?? to.AddDays(-30)).ToUniversalTime(), to);
    }

    public static async Task<AuditStatsResponse> QueryAsync(ClientStorDbContext db, AuditStatsRequest req, Guid? orgId, CancellationToken ct)
    {
        var (bucket, from, to) = Range(req);
        var rows = await db.Database.SqlQuery<Row>($"""
            SELECT date_trunc({bucket}, occurred_at AT TIME ZONE 'UTC') AS "Start", category AS "Category", count(*)::int AS "Count"
            FROM audit_events
            WHERE occurred_at >= {from} AND occurred_at < {to} AND ({orgId}::uuid IS NULL OR org_id = {orgId})
            GROUP BY 1, 2
            ORDER BY 1, 2
            """).ToListAsync(ct);
        return new AuditStatsResponse
        {
            Bucket = bucket, From = from, To = to,
            Points = rows.Select(r => new AuditStatsPoint
            {
                Start = new DateTimeOffset(DateTime.SpecifyKind(r.Start, DateTimeKind.Utc)), Category = r.Category, Count = r.Count,
            }).ToList(),
        };
    }
}

/// <summary>Audit event counts per category per day (or hour), for charts.</summary>
public sealed class GetAuditStatsEndpoint(ClientStorDbContext db) : Endpoint<AuditStatsRequest, AuditStatsResponse>
{
    public override void Configure()
    {
        Get("audit/stats");
        Group<AuditGroup>();
        this.RequirePlatformAdmin();
        Summary(s => s.Summary = "Count audit events per category per day or hour");
    }

    public override async Task HandleAsync(AuditStatsRequest req, CancellationToken ct) =>
        await Send.OkAsync(await AuditStats.QueryAsync(db, req, null, ct), ct);
}
