using ClientStor.Api.Features.Users;
namespace ClientStor.Api.Features.Audit;

public class AuditActorsRequest
{
    /// <summary>Matches the person's display name or email; a user id answers that person (to name an actor filter read from a link).</summary>
    [QueryParam] public string? Q { get; set; }
    /// <summary>At most this many people, 1 to 50 (default 20).</summary>
    [QueryParam] public int? Limit { get; set; }
}

public sealed class ListAuditActorsRequest : AuditActorsRequest
{
    /// <summary>Only people who acted in this organisation.</summary>
    [QueryParam] public Guid? OrgId { get; set; }
}

public sealed class AuditActorResponse
{
    /// <summary>The user id: the audit list's <c>actorId</c> filter.</summary>
    public required string Id { get; set; }
    public required string Name { get; set; }
    public required string Email { get; set; }
}

/// <summary>A type-ahead answer: the first people by name, and whether more match.</summary>
public sealed class AuditActorsResponse
{
    public required IReadOnlyList<AuditActorResponse> Items { get; set; }
    public required bool HasMore { get; set; }
}

internal static class AuditActors
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 50;

    public static void Rules<T>(AbstractValidator<T> v) where T : AuditActorsRequest
    {
        v.RuleFor(x => x.Q).MaximumLength(200).WithMessage("q must be at most 200 characters.");
        v.RuleFor(x => x.Limit).InclusiveBetween(1, MaxLimit).WithMessage($"limit must be between 1 and {MaxLimit}.");
    }

    /// <summary>People with at least one event in the log (of <paramref name="orgId"/>, when given), by name: each person is
    /// one probe of the (actor_id, id) index, so the answer costs the number of people, not the size of the log.</summary>
    public static async Task<AuditActorsResponse> QueryAsync(ClientStorDbContext db, AuditActorsRequest req, Guid? orgId, CancellationToken ct)
    {
        var users = db.Users.AsNoTracking();
        if (Guid.TryParse(req.Q, out var id))
            users = users.Where(u => u.Id == id); // the picker naming the person a link or bookmark filtered by
        else if (!string.IsNullOrWhiteSpace(req.Q))
        {
            var p = "%" + Like.Escape(req.Q.Trim()) + "%";
            users = users.Where(u => EF.Functions.ILike(u.DisplayName, p, "\\") || EF.Functions.ILike(u.Email, p, "\\"));
        }
        users = orgId is { } org
            ? users.Where(u => db.AuditEvents.Any(e => e.ActorType == "user" && e.ActorId == u.Id.ToString() && e.OrgId == org))
            : users.Where(u => db.AuditEvents.Any(e => e.ActorType == "user" && e.ActorId == u.Id.ToString()));
        var limit = req.Limit ?? DefaultLimit;
        var rows = await users.OrderBy(u => u.DisplayName).ThenBy(u => u.Id).Take(limit + 1)
            .Select(u => new AuditActorResponse { Id = u.Id.ToString(), Name = u.DisplayName, Email = u.Email }).ToListAsync(ct);
        var more = rows.Count > limit;
        if (more) rows.RemoveAt(limit);
        return new AuditActorsResponse { Items = rows, HasMore = more };
    }
}

internal sealed class ListAuditActorsValidator : Validator<ListAuditActorsRequest>
{
    public ListAuditActorsValidator() => AuditActors.Rules(this);
}

/// <summary>The people who appear in the platform-wide audit log: the actor picker of the audit page.</summary>
public sealed class ListAuditActorsEndpoint(ClientStorDbContext db) : Endpoint<ListAuditActorsRequest, AuditActorsResponse>
{
    public override void Configure()
    {
        Get("audit/actors");
        Group<AuditGroup>();
        this.RequirePlatformAdmin();
        Summary(s => s.Summary = "List the people who appear in the audit log (type-ahead for the actor filter)");
    }

    public override async Task HandleAsync(ListAuditActorsRequest req, CancellationToken ct) =>
        await Send.OkAsync(await AuditActors.QueryAsync(db, req, req.OrgId, ct), ct);
}
