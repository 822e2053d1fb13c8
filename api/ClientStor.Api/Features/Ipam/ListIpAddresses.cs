using System.Net;

namespace ClientStor.Api.Features.Ipam;

public sealed class ListIpAddressesRequest
{
    [QueryParam] public int? Limit { get; set; }
    /// <summary>The previous page's <c>nextCursor</c>.</summary>
    [QueryParam] public string? Cursor { get; set; }
    [QueryParam] public Guid? SubnetId { get; set; }
    [QueryParam] public Guid? AssetId { get; set; }
    [OneOf("IpAddressStatus", typeof(IpMath), nameof(IpMath.Statuses))] [QueryParam] public string? Status { get; set; }
    /// <summary>Matches the hostname, or addresses within a network/equal to an address.</summary>
    [QueryParam] public string? Q { get; set; }
}

internal sealed class ListIpAddressesValidator : Validator<ListIpAddressesRequest>
{
    public ListIpAddressesValidator()
    {
        RuleFor(x => x.Limit).InclusiveBetween(1, Paging.MaxLimit);
        RuleFor(x => x.Cursor).Must(c => c is null || IPAddress.TryParse(c, out _)).WithMessage("The cursor is not valid; start again without it.");
        RuleFor(x => x.Status).Must(s => s is null || IpMath.Statuses.Contains(s)).WithMessage($"status must be one of: {string.Join(", ", IpMath.Statuses)}.");
        RuleFor(x => x.Q).MaximumLength(200);
    }
}

/// <summary>IP addresses in address order, with filters and keyset paging.</summary>
public sealed class ListIpAddressesEndpoint(ClientStorDbContext db, CurrentOrg org) : Endpoint<ListIpAddressesRequest, Page<IpAddressResponse>>
{
    public override void Configure()
    {
        Get("ip-addresses");
        Group<IpamGroup>();
        this.RequireOrgPermission("ipam.read");
        Summary(s => s.Summary = "List IP addresses");
    }

    public override async Task HandleAsync(ListIpAddressesRequest req, CancellationToken ct)
    {
        var limit = Math.Clamp(req.Limit ?? Paging.DefaultLimit, 1, Paging.MaxLimit);
        var q = req.Q?.Trim();
        var asNetwork = q is null ? null : IPAddress.TryParse(q, out var ip) ? ip.ToString() : IpMath.ParseNetwork(q)?.ToString();
        var pattern = string.IsNullOrEmpty(q) || asNetwork is not null ? null : "%" + Like.Escape(q) + "%";
        // The cursor as .NET parsed it, written back canonically: "0" parses as 0.0.0.0 here but is no inet for PostgreSQL.
        var after = req.Cursor is null ? null : IPAddress.Parse(req.Cursor).ToString();
        var rows = await db.IpAddresses.FromSql($"""
            SELECT *, xmin FROM ip_addresses
            WHERE org_id = {org.Id}
              AND ({after}::inet IS NULL OR address > {after}::inet)
              AND ({req.SubnetId}::uuid IS NULL OR subnet_id = {req.SubnetId})
              AND ({req.AssetId}::uuid IS NULL OR asset_id = {req.AssetId})
              AND ({req.Status}::text IS NULL OR status = {req.Status})
              AND ({pattern}::text IS NULL OR hostname ILIKE {pattern} ESCAPE '\')
              AND ({asNetwork}::inet IS NULL OR address <<= {asNetwork}::inet)
            ORDER BY address
            LIMIT {limit + 1}
            """).AsNoTracking().ToListAsync(ct);
        var more = rows.Count > limit;
        if (more) rows.RemoveAt(limit);
        await Send.OkAsync(new Page<IpAddressResponse> { Items = rows.Select(IpamMapper.ToResponse).ToList(), NextCursor = more ? rows[^1].Address.ToString() : null }, ct);
    }
}
