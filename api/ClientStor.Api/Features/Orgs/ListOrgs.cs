using ClientStor.Api.Features.Roles;

namespace ClientStor.Api.Features.Orgs;

public sealed class ListOrgsRequest : IListRequest
{
    /// <summary>Page size, 1 to 500 (default 50).</summary>
    [QueryParam] public int? Limit { get; set; }
    /// <summary>The <c>nextCursor</c> of the previous page.</summary>
    [QueryParam] public string? Cursor { get; set; }
    /// <summary><c>name</c>, <c>createdAt</c> or <c>updatedAt</c>; prefix <c>-</c> for descending. Default <c>name</c>.</summary>
    [QueryParam] public string? Sort { get; set; }
    /// <summary>Free text: matches name, slug and notes.</summary>
    [QueryParam] public string? Q { get; set; }
    /// <summary><c>active</c> or <c>archived</c>.</summary>
    [OneOf("OrgStatus", "active", "archived")] [QueryParam] public string? Status { get; set; }
    /// <summary>Only organisations changed at or after this instant (ISO-8601), for incremental pulls.</summary>
    [QueryParam] public DateTimeOffset? UpdatedSince { get; set; }
}

internal sealed class ListOrgsValidator : Validator<ListOrgsRequest>
{
    public ListOrgsValidator()
    {
        OrgSorts.Catalog.AddListRules(this);
        RuleFor(x => x.Status).Must(s => s is null || OrgStatuses.TryParse(s, out _)).WithMessage("status must be 'active' or 'archived'.");
        RuleFor(x => x.Q).MaximumLength(200).WithMessage("q must be at most 200 characters.");
    }
}

/// <summary>Lists organisations with cursor paging, search, filters and sorting.</summary>
public sealed class ListOrgsEndpoint(ClientStorDbContext db, CurrentActor actor) : Endpoint<ListOrgsRequest, Page<OrgResponse>>
{
    public override void Configure()
    {
        Get("orgs");
        Group<OrgsGroup>();
        this.RequireSignedIn();
        Summary(s => s.Summary = "List the organisations you can see (all of them for global administrators; those it is bound to for an API key)");
        Description(b => b.WithMetadata(new AllowApiKeys()));
    }

    public override async Task HandleAsync(ListOrgsRequest req, CancellationToken ct)
    {
        var query = db.Orgs.AsNoTracking();
        if (await actor.KeyAsync(ct) is { } key)
        {
            // An API key sees the organisations it is bound to.
            if (!key.AllOrgs)
                query = query.Where(o => o.Id == key.OrgId || key.OrgIds.Contains(o.Id));
        }
        else if (await actor.UserAsync(ct) is { IsGlobalAdmin: false } me)
        {
            // Global administrators see every organisation; everyone else the ones they belong to, directly or through a team.
            var visible = UserAccess.VisibleOrgIds(db, me.Id);
            query = query.Where(o => visible.Contains(o.Id));
        }
        if (OrgStatuses.TryParse(req.Status, out var status) && req.Status is not null)
            query = query.Where(o => o.Status == status);
        if (req.UpdatedSince is { } since)
            query = query.Where(o => o.UpdatedAt >= since.ToUniversalTime());
        if (!string.IsNullOrWhiteSpace(req.Q))
        {
            var pattern = "%" + Like.Escape(req.Q.Trim()) + "%";
            query = query.Where(o => EF.Functions.ILike(o.Name, pattern, "\\") || EF.Functions.ILike(o.Slug, pattern, "\\")
                || (o.Notes != null && EF.Functions.ILike(o.Notes, pattern, "\\")));
        }
        await Send.OkAsync(await OrgSorts.Catalog.PageAsync(query, req, OrgMapper.ToResponse, ct), ct);
    }
}

internal static class OrgSorts
{
    public static readonly SortCatalog<Org> Catalog = new("name",
        new SortKey<Org, string>("name", o => o.NormalizedName, o => o.Id),
        new SortKey<Org, DateTimeOffset>("createdAt", o => o.CreatedAt, o => o.Id),
        new SortKey<Org, DateTimeOffset>("updatedAt", o => o.UpdatedAt, o => o.Id));
}
