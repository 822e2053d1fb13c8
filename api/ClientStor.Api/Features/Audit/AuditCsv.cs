using System.Globalization;
using System.Text;

namespace ClientStor.Api.Features.Audit;

/// <summary>RFC 4180 CSV of audit rows, streamed row by row (constant memory at any size).</summary>
public static class AuditCsv
{
    private static readonly string[] Header =
    [
        "id", "occurred_at", "category", "action", "outcome", "actor_type", "actor_id", "actor_name", "org_id",
        "target_type", "target_id", "ip", "user_agent", "request_id", "details",
    ];

    public static async Task WriteAsync(Stream output, IAsyncEnumerable<AuditEvent> rows, CancellationToken ct)
    {
        await using var writer = new StreamWriter(output, new UTF8Encoding(false), 64 * 1024, leaveOpen: true) { NewLine = "\r\n" };
        await writer.WriteLineAsync(string.Join(',', Header));
        var n = 0;
        await foreach (var e in rows.WithCancellation(ct))
        {
            await writer.WriteLineAsync(string.Join(',',
                e.Id.ToString(CultureInfo.InvariantCulture),
                e.OccurredAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture),
                Cell(e.Category), Cell(e.Action), Cell(e.Outcome), Cell(e.ActorType), Cell(e.ActorId), Cell(e.ActorName),
                Cell(e.OrgId?.ToString()), Cell(e.TargetType), Cell(e.TargetId), Cell(e.Ip), Cell(e.UserAgent),
                Cell(e.RequestId), Cell(e.Details)));
            if (++n % 1000 == 0)
                await writer.FlushAsync(ct);
        }
        await writer.FlushAsync(ct);
    }

    /// <summary>
    /// Answers the filtered log as a CSV download, oldest first. The export itself is an audited read: who took a copy of
    /// the log, with which filters.
    /// </summary>
    public static async Task ExportAsync(HttpContext http, ClientStorDbContext db, AuditLog audit, AuditFilter filter, Guid? orgId,
        string fileName, CancellationToken ct)
    {
        await audit.SaveAsync(new AuditEntry(AuditCategories.Admin, "audit.exported")
        {
            OrgId = orgId, TargetType = "audit", Details = new { filter },
        }, ct);
        http.Response.StatusCode = 200;
        http.Response.ContentType = "text/csv; charset=utf-8";
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"{fileName}\"";
        http.Response.Headers.CacheControl = "no-store";
        var rows = AuditQuery.Apply(db.AuditEvents.AsNoTracking(), filter, orgId).OrderBy(e => e.Id).AsAsyncEnumerable();
        await WriteAsync(http.Response.Body, rows, ct);
    }

    private static string Cell(string? value) => Platform.Http.Csv.Cell(value);
}
