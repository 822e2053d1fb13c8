using ClientStor.Api.Features.Locations;
using ClientStor.Api.Features.Assets;
using System.Net;
using System.Net.Sockets;
using ClientStor.Api.Platform.Auditing;
using ClientStor.Api.Platform.Authorization;
using ClientStor.Api.Platform.Data;
using ClientStor.Api.Platform.Errors;
using ClientStor.Api.Platform.OpenApi;
using ClientStor.Api.Platform.Paging;
using FastEndpoints;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace ClientStor.Api.Features.Ipam;

public sealed class VlanResponse
{
    public required Guid Id { get; set; }
    public required int Vid { get; set; }
    public required string Name { get; set; }
    public required string? Description { get; set; }

    public static VlanResponse From(Vlan v) => new() { Id = v.Id, Vid = v.Vid, Name = v.Name, Description = v.Description };
}

public sealed class OrgIpamRequest
{
    [RouteParam] public Guid OrgId { get; set; }
}

/// <summary>The organisation's VLANs, by VLAN id.</summary>
public sealed class ListVlansEndpoint(ClientStorDbContext db) : Endpoint<OrgIpamRequest, List<VlanResponse>>
{
    public override void Configure()
    {
        Get("/api/v1/orgs/{orgId}/vlans");
        this.RequireOrgPermission("ipam.read");
        Tags("IPAM");
        Summary(s => s.Summary = "List VLANs");
    }

    public override async Task HandleAsync(OrgIpamRequest req, CancellationToken ct) =>
        await Send.OkAsync((await db.Vlans.AsNoTracking().Where(v => v.OrgId == req.OrgId).OrderBy(v => v.Vid).Take(4094).ToListAsync(ct)).Select(VlanResponse.From).ToList(), ct);
}

public sealed class CreateVlanRequest
{
    [RouteParam] public Guid OrgId { get; set; }
    public int Vid { get; set; }
    public string Name { get; set; } = "";
    public string? Description { get; set; }
}

internal sealed class CreateVlanValidator : Validator<CreateVlanRequest>
{
    public CreateVlanValidator()
    {
        RuleFor(x => x.Vid).InclusiveBetween(1, 4094).WithMessage("A VLAN id is between 1 and 4094.");
        RuleFor(x => x.Name).Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage("Name the VLAN.").MaximumLength(100);
        RuleFor(x => x.Description).MaximumLength(1000);
    }
}

/// <summary>Creates a VLAN (409 when the id is taken in this organisation).</summary>
public sealed class CreateVlanEndpoint(ClientStorDbContext db, AuditLog audit) : Endpoint<CreateVlanRequest, VlanResponse>
{
    public override void Configure()
    {
        Post("/api/v1/orgs/{orgId}/vlans");
        this.RequireOrgPermission("ipam.write");
        Tags("IPAM");
        Summary(s => s.Summary = "Create a VLAN");
        Description(b => b.Produces<VlanResponse>(201).WithMetadata(new ProblemResponses(409)));
    }

    public override async Task HandleAsync(CreateVlanRequest req, CancellationToken ct)
    {
        if (await db.Vlans.AnyAsync(v => v.OrgId == req.OrgId && v.Vid == req.Vid, ct))
        {
            await Send.ResultAsync(Problems.Conflict($"VLAN {req.Vid} already exists in this organisation.", "vid"));
            return;
        }
        var now = DateTimeOffset.UtcNow;
        var vlan = new Vlan { Id = Guid.CreateVersion7(), OrgId = req.OrgId, Vid = req.Vid, Name = req.Name.Trim(), Description = req.Description?.Trim(), CreatedAt = now, UpdatedAt = now };
        db.Vlans.Add(vlan);
        await audit.SaveAsync(new AuditEntry(AuditCategories.Organisation, "vlan.created")
        {
            OrgId = req.OrgId, TargetType = "vlan", TargetId = vlan.Id.ToString(), Details = new { vlan.Vid, vlan.Name },
        }, ct);
        await Send.ResponseAsync(VlanResponse.From(vlan), 201, ct);
    }
}

public sealed class SubnetResponse
{
    public required Guid Id { get; set; }
    /// <summary>CIDR notation, e.g. <c>10.0.1.0/24</c> or <c>2001:db8::/48</c>.</summary>
    public required string Network { get; set; }
    /// <summary>4 or 6.</summary>
    public required int Family { get; set; }
    public required string? Name { get; set; }
    public required string? Description { get; set; }
    public required Guid? VlanId { get; set; }
    public required Guid? LocationId { get; set; }
    /// <summary>The most specific other subnet containing this one.</summary>
    public required Guid? ParentId { get; set; }
    /// <summary>Documented addresses inside the network (including those of child subnets).</summary>
    public required long UsedAddresses { get; set; }
    /// <summary>Usable host addresses (v4 without network and broadcast); very large for IPv6.</summary>
    public required double UsableAddresses { get; set; }
    public required double UtilisationPercent { get; set; }
}

internal static class SubnetReads
{
    private sealed record Stats(Guid Id, long Used, Guid? ParentId);

    public static async Task<List<SubnetResponse>> ProjectAsync(ClientStorDbContext db, List<Subnet> subnets, CancellationToken ct)
    {
        var ids = subnets.Select(s => s.Id).ToArray();
        var stats = ids.Length == 0 ? [] : await db.Database.SqlQuery<Stats>($"""
            SELECT s.id,
                   (SELECT count(*) FROM ip_addresses i WHERE i.org_id = s.org_id AND i.address <<= s.network) AS used,
                   (SELECT p.id FROM subnets p WHERE p.org_id = s.org_id AND p.network >> s.network ORDER BY masklen(p.network) DESC LIMIT 1) AS parent_id
            FROM subnets s WHERE s.id = ANY({ids})
            """).ToListAsync(ct);
        var byId = stats.ToDictionary(s => s.Id);
        return subnets.Select(s =>
        {
            var usable = (double)IpMath.UsableCount(s.Network);
            var used = byId.TryGetValue(s.Id, out var st) ? st.Used : 0;
            return new SubnetResponse
            {
                Id = s.Id, Network = s.Network.ToString(), Family = IpMath.Bits(s.Network) == 32 ? 4 : 6, Name = s.Name, Description = s.Description,
                VlanId = s.VlanId, LocationId = s.LocationId, ParentId = st?.ParentId, UsedAddresses = used, UsableAddresses = usable,
                UtilisationPercent = usable == 0 ? 0 : Math.Round(100.0 * used / usable, 2),
            };
        }).ToList();
    }
}

public sealed class ListSubnetsRequest
{
    [RouteParam] public Guid OrgId { get; set; }
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
public sealed class ListSubnetsEndpoint(ClientStorDbContext db) : Endpoint<ListSubnetsRequest, Page<SubnetResponse>>
{
    public override void Configure()
    {
        Get("/api/v1/orgs/{orgId}/subnets");
        this.RequireOrgPermission("ipam.read");
        Tags("IPAM");
        Summary(s => s.Summary = "List subnets");
    }

    public override async Task HandleAsync(ListSubnetsRequest req, CancellationToken ct)
    {
        var limit = Math.Clamp(req.Limit ?? Paging.DefaultLimit, 1, Paging.MaxLimit);
        var after = req.Cursor is null ? null : IpMath.ParseNetwork(req.Cursor)!.Value.ToString();
        var q = req.Q?.Trim();
        var asAddress = q is not null && (IPAddress.TryParse(q, out _) || IpMath.ParseNetwork(q) is not null) ? q : null;
        var pattern = string.IsNullOrEmpty(q) || asAddress is not null ? null : "%" + Like.Escape(q) + "%";
        var rows = await db.Subnets.FromSql($"""
            SELECT * FROM subnets
            WHERE org_id = {req.OrgId}
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

public sealed class CreateSubnetRequest
{
    [RouteParam] public Guid OrgId { get; set; }
    /// <summary>CIDR with host bits zero: <c>10.0.1.0/24</c>, <c>2001:db8:1::/64</c>.</summary>
    public string Network { get; set; } = "";
    public string? Name { get; set; }
    public string? Description { get; set; }
    public Guid? VlanId { get; set; }
    public Guid? LocationId { get; set; }
}

internal sealed class CreateSubnetValidator : Validator<CreateSubnetRequest>
{
    public CreateSubnetValidator()
    {
        RuleFor(x => x.Network).Must(n => IpMath.ParseNetwork(n) is not null)
            .WithMessage(x => $"'{x.Network}' is not a network in CIDR notation with host bits zero (e.g. 10.0.1.0/24 or 2001:db8::/48).");
        RuleFor(x => x.Name).MaximumLength(200);
        RuleFor(x => x.Description).MaximumLength(1000);
    }
}

/// <summary>
/// Creates a subnet. Subnets nest (a /24 inside a /16), but the same network twice is a 409; addresses already
/// documented inside it move to it (the most specific subnet holds them).
/// </summary>
public sealed class CreateSubnetEndpoint(ClientStorDbContext db, AuditLog audit) : Endpoint<CreateSubnetRequest, SubnetResponse>
{
    public override void Configure()
    {
        Post("/api/v1/orgs/{orgId}/subnets");
        this.RequireOrgPermission("ipam.write");
        Tags("IPAM");
        Summary(s => s.Summary = "Create a subnet");
        Description(b => b.Produces<SubnetResponse>(201).WithMetadata(new ProblemResponses(409)));
    }

    public override async Task HandleAsync(CreateSubnetRequest req, CancellationToken ct)
    {
        var network = IpMath.ParseNetwork(req.Network)!.Value;
        var text = network.ToString();
        if (await db.Subnets.FromSql($"SELECT * FROM subnets WHERE org_id = {req.OrgId} AND network = {text}::cidr").AnyAsync(ct))
        {
            await Send.ResultAsync(Problems.Conflict($"The subnet {text} already exists in this organisation.", "network"));
            return;
        }
        if (req.VlanId is { } vlan && !await db.Vlans.AnyAsync(v => v.Id == vlan && v.OrgId == req.OrgId, ct))
        {
            await Send.ResultAsync(Problems.Validation("vlanId", "No VLAN with this id in this organisation."));
            return;
        }
        if (req.LocationId is { } location && !await db.Locations.AnyAsync(l => l.Id == location && l.OrgId == req.OrgId, ct))
        {
            await Send.ResultAsync(Problems.Validation("locationId", "No location with this id in this organisation."));
            return;
        }
        var now = DateTimeOffset.UtcNow;
        var subnet = new Subnet
        {
            Id = Guid.CreateVersion7(), OrgId = req.OrgId, Network = network, Name = req.Name?.Trim(), Description = req.Description?.Trim(),
            VlanId = req.VlanId, LocationId = req.LocationId, CreatedAt = now, UpdatedAt = now,
        };
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.Subnets.Add(subnet);
        await audit.SaveAsync(new AuditEntry(AuditCategories.Organisation, "subnet.created")
        {
            OrgId = req.OrgId, TargetType = "subnet", TargetId = subnet.Id.ToString(), Details = new { network = text, subnet.Name, subnet.VlanId },
        }, ct);
        // Addresses inside the new, more specific subnet now belong to it.
        await db.Database.ExecuteSqlAsync($"""
            UPDATE ip_addresses i SET subnet_id = {subnet.Id}
            WHERE i.org_id = {req.OrgId} AND i.address <<= {text}::cidr
              AND masklen((SELECT network FROM subnets WHERE id = i.subnet_id)) < {network.PrefixLength}
            """, ct);
        await tx.CommitAsync(ct);
        HttpContext.Response.Headers.Location = $"/api/v1/orgs/{req.OrgId}/subnets/{subnet.Id}";
        await Send.ResponseAsync((await SubnetReads.ProjectAsync(db, [subnet], ct))[0], 201, ct);
    }
}

public sealed class SubnetRequest
{
    [RouteParam] public Guid OrgId { get; set; }
    [RouteParam] public Guid SubnetId { get; set; }
}

/// <summary>One subnet with utilisation.</summary>
public sealed class GetSubnetEndpoint(ClientStorDbContext db) : Endpoint<SubnetRequest, SubnetResponse>
{
    public override void Configure()
    {
        Get("/api/v1/orgs/{orgId}/subnets/{subnetId}");
        this.RequireOrgPermission("ipam.read");
        Tags("IPAM");
        Summary(s => s.Summary = "Get a subnet");
        Description(b => b.WithMetadata(new ProblemResponses(404)));
    }

    public override async Task HandleAsync(SubnetRequest req, CancellationToken ct)
    {
        var subnet = await db.Subnets.AsNoTracking().FirstOrDefaultAsync(s => s.Id == req.SubnetId && s.OrgId == req.OrgId, ct);
        if (subnet is null)
            await Send.ResultAsync(Problems.NotFound("The subnet"));
        else
            await Send.OkAsync((await SubnetReads.ProjectAsync(db, [subnet], ct))[0], ct);
    }
}

public sealed class NextFreeResponse
{
    /// <summary>The lowest usable address of the subnet not yet documented.</summary>
    public required string Address { get; set; }
}

/// <summary>The lowest free usable address of the subnet (409 when it is full).</summary>
public sealed class NextFreeAddressEndpoint(ClientStorDbContext db) : Endpoint<SubnetRequest, NextFreeResponse>
{
    public override void Configure()
    {
        Get("/api/v1/orgs/{orgId}/subnets/{subnetId}/next-free");
        this.RequireOrgPermission("ipam.read");
        Tags("IPAM");
        Summary(s => s.Summary = "Next free address in a subnet");
        Description(b => b.WithMetadata(new ProblemResponses(404, 409)));
    }

    public override async Task HandleAsync(SubnetRequest req, CancellationToken ct)
    {
        var subnet = await db.Subnets.AsNoTracking().FirstOrDefaultAsync(s => s.Id == req.SubnetId && s.OrgId == req.OrgId, ct);
        if (subnet is null)
        {
            await Send.ResultAsync(Problems.NotFound("The subnet"));
            return;
        }
        var text = subnet.Network.ToString();
        var used = await db.IpAddresses.FromSql($"SELECT *, xmin FROM ip_addresses WHERE org_id = {req.OrgId} AND address <<= {text}::cidr ORDER BY address")
            .AsNoTracking().Select(i => i.Address).ToListAsync(ct);
        if (IpMath.FirstFree(subnet.Network, used) is { } free)
            await Send.OkAsync(new NextFreeResponse { Address = free.ToString() }, ct);
        else
            await Send.ResultAsync(Problems.Conflict($"The subnet {text} has no free address left."));
    }
}

/// <summary>Deletes a subnet that holds no addresses of its own (409 otherwise).</summary>
public sealed class DeleteSubnetEndpoint(ClientStorDbContext db, AuditLog audit) : Endpoint<SubnetRequest>
{
    public override void Configure()
    {
        Delete("/api/v1/orgs/{orgId}/subnets/{subnetId}");
        this.RequireOrgPermission("ipam.write");
        Tags("IPAM");
        Summary(s => s.Summary = "Delete a subnet");
        Description(b => b.Produces(204).WithMetadata(new ProblemResponses(404, 409)));
    }

    public override async Task HandleAsync(SubnetRequest req, CancellationToken ct)
    {
        var subnet = await db.Subnets.FirstOrDefaultAsync(s => s.Id == req.SubnetId && s.OrgId == req.OrgId, ct);
        if (subnet is null)
        {
            await Send.ResultAsync(Problems.NotFound("The subnet"));
            return;
        }
        var held = await db.IpAddresses.CountAsync(i => i.SubnetId == subnet.Id, ct);
        if (held > 0)
        {
            await Send.ResultAsync(Problems.Conflict($"The subnet holds {held} address(es); delete or move them first."));
            return;
        }
        db.Subnets.Remove(subnet);
        await audit.SaveAsync(new AuditEntry(AuditCategories.Organisation, "subnet.deleted")
        {
            OrgId = req.OrgId, TargetType = "subnet", TargetId = subnet.Id.ToString(), Details = new { network = subnet.Network.ToString(), subnet.Name },
        }, ct);
        await Send.NoContentAsync(ct);
    }
}

public sealed class IpAddressResponse
{
    public required Guid Id { get; set; }
    public required Guid SubnetId { get; set; }
    public required string Address { get; set; }
    public required string Status { get; set; }
    public required string? Hostname { get; set; }
    public required string? Description { get; set; }
    public required Guid? AssetId { get; set; }
    public required Guid? InterfaceId { get; set; }
    public required DateTimeOffset UpdatedAt { get; set; }

    public static IpAddressResponse From(IpAddressRecord i) => new()
    {
        Id = i.Id, SubnetId = i.SubnetId, Address = i.Address.ToString(), Status = i.Status, Hostname = i.Hostname, Description = i.Description,
        AssetId = i.AssetId, InterfaceId = i.InterfaceId, UpdatedAt = i.UpdatedAt,
    };
}

public sealed class ListIpAddressesRequest
{
    [RouteParam] public Guid OrgId { get; set; }
    [QueryParam] public int? Limit { get; set; }
    /// <summary>The previous page's <c>nextCursor</c>.</summary>
    [QueryParam] public string? Cursor { get; set; }
    [QueryParam] public Guid? SubnetId { get; set; }
    [QueryParam] public Guid? AssetId { get; set; }
    [QueryParam] public string? Status { get; set; }
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
public sealed class ListIpAddressesEndpoint(ClientStorDbContext db) : Endpoint<ListIpAddressesRequest, Page<IpAddressResponse>>
{
    public override void Configure()
    {
        Get("/api/v1/orgs/{orgId}/ip-addresses");
        this.RequireOrgPermission("ipam.read");
        Tags("IPAM");
        Summary(s => s.Summary = "List IP addresses");
    }

    public override async Task HandleAsync(ListIpAddressesRequest req, CancellationToken ct)
    {
        var limit = Math.Clamp(req.Limit ?? Paging.DefaultLimit, 1, Paging.MaxLimit);
        var q = req.Q?.Trim();
        var asNetwork = q is null ? null : IPAddress.TryParse(q, out var ip) ? ip.ToString() : IpMath.ParseNetwork(q)?.ToString();
        var pattern = string.IsNullOrEmpty(q) || asNetwork is not null ? null : "%" + Like.Escape(q) + "%";
        var rows = await db.IpAddresses.FromSql($"""
            SELECT *, xmin FROM ip_addresses
            WHERE org_id = {req.OrgId}
              AND ({req.Cursor}::inet IS NULL OR address > {req.Cursor}::inet)
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
        await Send.OkAsync(new Page<IpAddressResponse> { Items = rows.Select(IpAddressResponse.From).ToList(), NextCursor = more ? rows[^1].Address.ToString() : null }, ct);
    }
}

public sealed class SaveIpAddressRequest
{
    [RouteParam] public Guid OrgId { get; set; }
    [RouteParam(IsRequired = false)] public Guid? IpAddressId { get; set; }
    /// <summary>Required on create; it must fall inside one of the organisation's subnets.</summary>
    public string? Address { get; set; }
    /// <summary><c>active</c> (default), <c>reserved</c>, <c>dhcp</c> or <c>deprecated</c>.</summary>
    public string? Status { get; set; }
    public string? Hostname { get; set; }
    public string? Description { get; set; }
    public Guid? AssetId { get; set; }
    public Guid? InterfaceId { get; set; }
    /// <summary>On update, fields to empty (null means unchanged): <c>assetId</c> (also clears the interface), <c>interfaceId</c>, <c>hostname</c>, <c>description</c>.</summary>
    public List<string>? Clear { get; set; }
}

internal sealed class SaveIpAddressValidator : Validator<SaveIpAddressRequest>
{
    public SaveIpAddressValidator()
    {
        RuleFor(x => x.Address).Must(a => IPAddress.TryParse(a?.Trim(), out _)).WithMessage(x => $"'{x.Address}' is not an IPv4 or IPv6 address.")
            .When(x => x.IpAddressId is null || x.Address is not null);
        RuleFor(x => x.Status).Must(s => s is null || IpMath.Statuses.Contains(s)).WithMessage($"status must be one of: {string.Join(", ", IpMath.Statuses)}.");
        RuleFor(x => x.Hostname).MaximumLength(253);
        RuleFor(x => x.Description).MaximumLength(1000);
        RuleForEach(x => x.Clear).Must(f => f is "assetId" or "interfaceId" or "hostname" or "description")
            .WithMessage((_, f) => $"'{f}' cannot be cleared; clearable: assetId, interfaceId, hostname, description.");
    }
}

/// <summary>Documents an IP address in the most specific subnet containing it (400 outside every subnet, 409 if already documented).</summary>
public sealed class CreateIpAddressEndpoint(ClientStorDbContext db, AuditLog audit) : Endpoint<SaveIpAddressRequest, IpAddressResponse>
{
    public override void Configure()
    {
        Post("/api/v1/orgs/{orgId}/ip-addresses");
        this.RequireOrgPermission("ipam.write");
        Tags("IPAM");
        Summary(s => s.Summary = "Create an IP address");
        Description(b => b.Produces<IpAddressResponse>(201).WithMetadata(new ProblemResponses(409)));
    }

    public override async Task HandleAsync(SaveIpAddressRequest req, CancellationToken ct) => await Send.ResultAsync(await IpWrites.SaveAsync(db, audit, req, HttpContext, ct));
}

/// <summary>Updates an IP address (status, hostname, assignment, or the address itself).</summary>
public sealed class UpdateIpAddressEndpoint(ClientStorDbContext db, AuditLog audit) : Endpoint<SaveIpAddressRequest, IpAddressResponse>
{
    public override void Configure()
    {
        Patch("/api/v1/orgs/{orgId}/ip-addresses/{ipAddressId}");
        this.RequireOrgPermission("ipam.write");
        Tags("IPAM");
        Summary(s => s.Summary = "Update an IP address");
        Description(b => b.WithMetadata(new ProblemResponses(404, 409)));
    }

    public override async Task HandleAsync(SaveIpAddressRequest req, CancellationToken ct) => await Send.ResultAsync(await IpWrites.SaveAsync(db, audit, req, HttpContext, ct));
}

internal static class IpWrites
{
    public static async Task<IResult> SaveAsync(ClientStorDbContext db, AuditLog audit, SaveIpAddressRequest req, HttpContext http, CancellationToken ct)
    {
        var now = DateTimeOffset.UtcNow;
        IpAddressRecord? record;
        if (req.IpAddressId is { } id)
        {
            record = await db.IpAddresses.FirstOrDefaultAsync(i => i.Id == id && i.OrgId == req.OrgId, ct);
            if (record is null)
                return Problems.NotFound("The IP address");
        }
        else
            record = new IpAddressRecord { Id = Guid.CreateVersion7(), OrgId = req.OrgId, CreatedAt = now };
        var isNew = req.IpAddressId is null;
        var before = isNew ? null : IpAddressResponse.From(record);
        if (req.Address is not null)
        {
            var address = IPAddress.Parse(req.Address.Trim());
            address = Platform.Http.Networks.Canonical(address);
            var text = address.ToString();
            var subnet = await db.Subnets.FromSql($"SELECT * FROM subnets WHERE org_id = {req.OrgId} AND network >>= {text}::inet ORDER BY masklen(network) DESC LIMIT 1")
                .AsNoTracking().FirstOrDefaultAsync(ct);
            if (subnet is null)
                return Problems.Validation("address", $"{text} is outside every subnet of this organisation; create its subnet first.");
            if (IpMath.IsNetworkOrBroadcast(subnet.Network, address))
                return Problems.Validation("address", $"{text} is the network or broadcast address of {subnet.Network}.");
            var taken = await db.IpAddresses.FromSql($"SELECT *, xmin FROM ip_addresses WHERE org_id = {req.OrgId} AND address = {text}::inet")
                .AsNoTracking().Select(i => new { i.Id, i.Hostname }).FirstOrDefaultAsync(ct);
            if (taken is not null && taken.Id != record.Id)
                return Problems.Conflict($"{text} is already documented{(taken.Hostname is null ? "" : $" ({taken.Hostname})")}.", "address");
            record.Address = address;
            record.SubnetId = subnet.Id;
        }
        if (req.AssetId is { } asset && !await db.Assets.AnyAsync(a => a.Id == asset && a.OrgId == req.OrgId, ct))
            return Problems.Validation("assetId", "No asset with this id in this organisation.");
        if (req.InterfaceId is { } iface)
        {
            var owner = await db.AssetInterfaces.Where(i => i.Id == iface && i.OrgId == req.OrgId).Select(i => (Guid?)i.AssetId).FirstOrDefaultAsync(ct);
            if (owner is null)
                return Problems.Validation("interfaceId", "No interface with this id in this organisation.");
            if ((req.AssetId ?? record.AssetId ?? owner) != owner)
                return Problems.Validation("interfaceId", "The interface belongs to another asset.");
            record.AssetId = owner;
        }
        if (req.Status is not null) record.Status = req.Status;
        if (req.Hostname is not null) record.Hostname = string.IsNullOrWhiteSpace(req.Hostname) ? null : req.Hostname.Trim().ToLowerInvariant();
        if (req.Description is not null) record.Description = string.IsNullOrWhiteSpace(req.Description) ? null : req.Description.Trim();
        if (req.AssetId is not null && req.AssetId != record.AssetId && req.InterfaceId is null)
            record.InterfaceId = null; // the old interface belonged to the previous asset
        if (req.AssetId is not null) record.AssetId = req.AssetId;
        if (req.InterfaceId is not null) record.InterfaceId = req.InterfaceId;
        foreach (var field in req.Clear ?? [])
            switch (field)
            {
                case "assetId": record.AssetId = null; record.InterfaceId = null; break;
                case "interfaceId": record.InterfaceId = null; break;
                case "hostname": record.Hostname = null; break;
                case "description": record.Description = null; break;
            }
        record.UpdatedAt = now;
        if (isNew)
            db.IpAddresses.Add(record);
        await audit.SaveAsync(new AuditEntry(AuditCategories.Organisation, isNew ? "ip.created" : "ip.updated")
        {
            OrgId = req.OrgId, TargetType = "ip", TargetId = record.Id.ToString(), Details = new { before, after = IpAddressResponse.From(record) },
        }, ct);
        if (!isNew)
            return Results.Ok(IpAddressResponse.From(record));
        http.Response.Headers.Location = $"/api/v1/orgs/{req.OrgId}/ip-addresses/{record.Id}";
        return Results.Json(IpAddressResponse.From(record), statusCode: 201);
    }
}

public sealed class IpAddressRequest
{
    [RouteParam] public Guid OrgId { get; set; }
    [RouteParam] public Guid IpAddressId { get; set; }
}

/// <summary>Removes an IP address from the documentation.</summary>
public sealed class DeleteIpAddressEndpoint(ClientStorDbContext db, AuditLog audit) : Endpoint<IpAddressRequest>
{
    public override void Configure()
    {
        Delete("/api/v1/orgs/{orgId}/ip-addresses/{ipAddressId}");
        this.RequireOrgPermission("ipam.write");
        Tags("IPAM");
        Summary(s => s.Summary = "Delete an IP address");
        Description(b => b.Produces(204).WithMetadata(new ProblemResponses(404)));
    }

    public override async Task HandleAsync(IpAddressRequest req, CancellationToken ct)
    {
        var record = await db.IpAddresses.FirstOrDefaultAsync(i => i.Id == req.IpAddressId && i.OrgId == req.OrgId, ct);
        if (record is null)
        {
            await Send.ResultAsync(Problems.NotFound("The IP address"));
            return;
        }
        db.IpAddresses.Remove(record);
        await audit.SaveAsync(new AuditEntry(AuditCategories.Organisation, "ip.deleted")
        {
            OrgId = req.OrgId, TargetType = "ip", TargetId = record.Id.ToString(), Details = new { before = IpAddressResponse.From(record) },
        }, ct);
        await Send.NoContentAsync(ct);
    }
}
