
namespace ClientStor.Api.Features.Audit;

public sealed class SecuritySummaryPoint
{
    public required DateTimeOffset Start { get; set; }
    /// <summary>The audit action: rate_limit.exceeded, admin_ip.denied, geoip.blocked, account.locked, apikey.scope_violation, …</summary>
    public required string Kind { get; set; }
    /// <summary>Audit rows in the bucket.</summary>
    public required int Events { get; set; }
    /// <summary>Requests they stand for: aggregated events (rate limits, blocks) carry their hit count, others count 1.</summary>
    public required long Hits { get; set; }
}

public sealed class SecuritySummaryTotal
{
    public required string Kind { get; set; }
    public required int Events { get; set; }
    public required long Hits { get; set; }
    public required DateTimeOffset LastAt { get; set; }
}

public sealed class SecuritySummaryResponse
{
    public required string Bucket { get; set; }
    public required DateTimeOffset From { get; set; }
    public required DateTimeOffset To { get; set; }
    /// <summary>Per kind over the whole range, most hits first.</summary>
    public required IReadOnlyList<SecuritySummaryTotal> Totals { get; set; }
    /// <summary>Per bucket and kind; buckets without events are absent.</summary>
    public required IReadOnlyList<SecuritySummaryPoint> Points { get; set; }
}

/// <summary>
/// Security events over time for the admins' security page: lockouts, rate-limit hits, address and country blocks,
/// scope violations, unreadable secrets — every audit row of category <c>security</c>, platform-wide. The rows
/// themselves come from <c>GET /api/v1/audit?category=security</c>.
/// </summary>
public sealed class GetSecuritySummaryEndpoint(ClientStorDbContext db) : Endpoint<AuditStatsRequest, SecuritySummaryResponse>
{
    private sealed record Row(DateTime Start, string Kind, int Events, long Hits, DateTime LastAt);

    public override void Configure()
    {
        Get("security/summary");
        Group<AuditGroup>();
        this.RequirePlatformAdmin();
        Summary(s => s.Summary = "Count security events per kind per hour or day");
    }

    public override async Task HandleAsync(AuditStatsRequest req, CancellationToken ct)
    {
        var (bucket, from, to) = AuditStats.Range(req);
        var rows = await db.Database.SqlQuery<Row>($"""
            SELECT date_trunc({bucket}, occurred_at AT TIME ZONE 'UTC') AS start, action AS kind, count(*)::int AS events,
                   sum(coalesce((details::jsonb ->> 'hits')::bigint, 1))::bigint AS hits, max(occurred_at AT TIME ZONE 'UTC') AS last_at
            FROM audit_events
            WHERE category = {AuditCategories.Security} AND occurred_at >= {from} AND occurred_at < {to}
            GROUP BY 1, 2
            ORDER BY 1, 2
            """).ToListAsync(ct);
        static DateTimeOffset Utc(DateTime t) => new(DateTime.SpecifyKind(t, DateTimeKind.Utc));
        await Send.OkAsync(new SecuritySummaryResponse
        {
            Bucket = bucket, From = from, To = to,
            Totals = rows.GroupBy(r => r.Kind)
                .Select(g => new SecuritySummaryTotal { Kind = g.Key, Events = g.Sum(r => r.Events), Hits = g.Sum(r => r.Hits), LastAt = Utc(g.Max(r => r.LastAt)) })
                .OrderByDescending(t => t.Hits).ThenBy(t => t.Kind, StringComparer.Ordinal).ToList(),
            Points = rows.Select(r => new SecuritySummaryPoint { Start = Utc(r.Start), Kind = r.Kind, Events = r.Events, Hits = r.Hits }).ToList(),
        }, ct);
    }
}
