using ClientStor.Api.Features.Overview;

namespace ClientStor.Api.Features.Audit;

/// <summary>Filters shared by the audit list and its CSV export.</summary>
public class AuditFilter
{
    /// <summary>authentication, vault, permissions, admin, organisation, api or security.</summary>
    [OneOf("AuditCategory", typeof(AuditCategories), nameof(AuditCategories.All))] [QueryParam] public string? Category { get; set; }
    /// <summary>Exact action, e.g. <c>org.created</c>.</summary>
    [QueryParam] public string? Action { get; set; }
    /// <summary>User id or API key client id.</summary>
    [QueryParam] public string? ActorId { get; set; }
    [QueryParam] public string? TargetType { get; set; }
    [QueryParam] public string? TargetId { get; set; }
    /// <summary>success, failure or denied.</summary>
    [OneOf("AuditOutcome", typeof(AuditOutcomes), nameof(AuditOutcomes.All))] [QueryParam] public string? Outcome { get; set; }
    /// <summary>Events at or after this instant.</summary>
    [QueryParam] public DateTimeOffset? From { get; set; }
    /// <summary>Events before this instant.</summary>
    [QueryParam] public DateTimeOffset? To { get; set; }
    /// <summary>Free text over action, actor name, target id and IP.</summary>
    [QueryParam] public string? Q { get; set; }
}

internal static class AuditQuery
{
    public static IQueryable<AuditEvent> Apply(IQueryable<AuditEvent> q, AuditFilter f, Guid? orgId)
    {
        if (orgId is { } org) q = q.Where(e => e.OrgId == org);
        if (f.Category is { } category) q = q.Where(e => e.Category == category);
        if (f.Action is { } action) q = q.Where(e => e.Action == action);
        if (f.ActorId is { } actor) q = q.Where(e => e.ActorId == actor);
        if (f.TargetType is { } targetType) q = q.Where(e => e.TargetType == targetType);
        if (f.TargetId is { } targetId) q = q.Where(e => e.TargetId == targetId);
        if (f.Outcome is { } outcome) q = q.Where(e => e.Outcome == outcome);
        if (f.From is { } from) q = q.Where(e => e.OccurredAt >= from.ToUniversalTime());
        if (f.To is { } to) q = q.Where(e => e.OccurredAt < to.ToUniversalTime());
        if (!string.IsNullOrWhiteSpace(f.Q))
        {
            var p = "%" + Like.Escape(f.Q.Trim()) + "%";
            q = q.Where(e => EF.Functions.ILike(e.Action, p, "\\") || (e.ActorName != null && EF.Functions.ILike(e.ActorName, p, "\\"))
                || (e.TargetId != null && EF.Functions.ILike(e.TargetId, p, "\\")) || (e.Ip != null && EF.Functions.ILike(e.Ip, p, "\\")));
        }
        return q;
    }

    /// <summary>Newest first, keyset on the id; the cursor is the last id of the page. Each row told in plain language
    /// (<see cref="ActivityFeed"/>: two batched look-ups per page, the actors' and the organisations' names).</summary>
    public static async Task<AuditPage> PageAsync(IQueryable<AuditEvent> q, ActivityFeed feed, int? limit, string? cursor, CancellationToken ct)
    {
        var take = Math.Clamp(limit ?? Paging.DefaultLimit, 1, Paging.MaxLimit);
        if (TryCursor(cursor, out var before) && before is { } b)
            q = q.Where(e => e.Id < b);
        var rows = await q.OrderByDescending(e => e.Id).Take(take + 1).ToListAsync(ct);
        var more = rows.Count > take;
        if (more) rows.RemoveAt(take);
        var told = await feed.TellAsync(rows, ct);
        return new AuditPage
        {
            Items = rows.Zip(told, (row, item) =>
            {
                var response = row.ToResponse();
                response.Text = item.Text;
                response.OrgName = item.OrgName is { Length: > 0 } org ? org : null;
                response.TargetName = item.TargetName;
                return response;
            }).ToList(),
            NextCursor = more ? "a" + rows[^1].Id.ToString(System.Globalization.CultureInfo.InvariantCulture) : null,
        };
    }

    public static bool TryCursor(string? cursor, out long? before)
    {
        before = null;
        if (cursor is null) return true;
        if (cursor.Length > 1 && cursor[0] == 'a' && long.TryParse(cursor.AsSpan(1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id))
        {
            before = id;
            return true;
        }
        return false;
    }

    public static void PageRules<T>(AbstractValidator<T> v, System.Linq.Expressions.Expression<Func<T, int?>> limit,
        System.Linq.Expressions.Expression<Func<T, string?>> cursor)
    {
        v.RuleFor(limit).InclusiveBetween(1, Paging.MaxLimit).WithMessage($"limit must be between 1 and {Paging.MaxLimit}.");
        v.RuleFor(cursor).Must(c => TryCursor(c, out _)).WithMessage("cursor is not a nextCursor of this list; start again without it.");
    }

    public static void Rules<T>(AbstractValidator<T> v) where T : AuditFilter
    {
        v.RuleFor(x => x.Category).Must(c => c is null || AuditCategories.All.Contains(c))
            .WithMessage($"category must be one of: {string.Join(", ", AuditCategories.All)}.");
        v.RuleFor(x => x.Outcome).Must(o => o is null || AuditOutcomes.All.Contains(o))
            .WithMessage($"outcome must be one of: {string.Join(", ", AuditOutcomes.All)}.");
        v.RuleFor(x => x.To).Must((f, to) => to is null || f.From is null || f.From <= to).WithMessage("to must not be before from.");
        v.RuleFor(x => x.Q).MaximumLength(200).WithMessage("q must be at most 200 characters.");
    }
}
