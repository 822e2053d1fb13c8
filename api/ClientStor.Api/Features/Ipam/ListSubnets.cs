using System.Net;

namespace ClientStor.Api.Features.Ipam;

public sealed class ListSubnetsRequest
{
    /// <summary>Page size, 1 to 500 (default 50).</summary>
    [QueryParam] public int? Limit { get; set; }
    /// <summary>The previous page's <c>nextCursor</c>.</summary>
    [QueryParam] public string? Cursor { get; set; }
    /// <summary>Matches the name; or a network/address: subnets containing it.</summary>
    [QueryParam] public string? Q { get; set; }
    [QueryParam] public Guid? VlanId { get; set; }
    /// <summary>4 or 6.</summary>
    [QueryParam] public int? Family { get; set; }
}

internal sealed class ListSubnetsValidator : Validator<ListSubnetsRequest>
{
    public ListSubnetsValidator()
    {
        RuleFor(x => x.Limit).InclusiveBetween(1, Paging.MaxLimit);
        RuleFor(x => x.Cursor).Must(c => c is null || IpMath.ParseNetwork(c) is not null).WithMessage("The cursor is not valid; start again without it.");
        RuleFor(x => x.Family).Must(f => f is null or 4 or 6).WithMessage("family must be 4 or 6.");
        RuleFor(x => x.Q).MaximumLength(200);
    }
}

/// <summary>Subnets in network order (v4 before v6), with parent, utilisation and keyset paging.</summary>
public sealed class ListSubnetsEndpoint(ClientStorDbContext db, CurrentOrg org) : Endpoint<ListSubnetsRequest, Page<SubnetResponse>>
{
    public override void Configure()
    {
        Get("subnets");
        Group<IpamGroup>();
        this.RequireOrgPermission("ipam.read");
        Summary(s => s.Summary = "List subnets");
    }

    public override async Task HandleAsync(ListSubnetsRequest req, CancellationToken ct)
    {
        var limit = Math.Clamp(req.Limit ?? Paging.DefaultLimit, 1, Paging.MaxLimit);
        var after = req.Cursor is null ? null : IpMath.ParseNetwork(req.Cursor)!.Value.ToString();
        var q = req.Q?.Trim();
        // Normalised as .NET reads it ("0" is 0.0.0.0 to .NET but not to PostgreSQL), as the address list does.
        var asAddress = q is null ? null : IPAddress.TryParse(q, out var ip) ? ip.ToString() : IpMath.ParseNetwork(q)?.ToString();
        var pattern = string.IsNullOrEmpty(q) || asAddress is not null ? null : "%" + Like.Escape(q) + "%";
        var rows = await db.Subnets.FromSql($"""
            SELECT *, xmin FROM subnets
            WHERE org_id = {org.Id}
              AND ({after}::cidr IS NULL OR network > {after}::cidr)
              AND ({req.VlanId}::uuid IS NULL OR vlan_id = {req.VlanId})
              AND ({req.Family}::int IS NULL OR family(network) = {req.Family})
              AND ({pattern}::text IS NULL OR name ILIKE {pattern} ESCAPE '\')
              AND ({asAddress}::inet IS NULL OR network >>= {asAddress}::inet)
            ORDER BY network
            LIMIT {limit + 1}
            """).AsNoTracking().ToListAsync(ct);
        var more = rows.Count > limit;
        if (more) rows.RemoveAt(limit);
        await Send.OkAsync(new Page<SubnetResponse>
        {
            Items = await SubnetReads.ProjectAsync(db, rows, ct), NextCursor = more ? rows[^1].Network.ToString() : null,
        }, ct);
    }
}
