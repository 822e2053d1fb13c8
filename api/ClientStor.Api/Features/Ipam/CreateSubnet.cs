using ClientStor.Api.Features.Locations;

namespace ClientStor.Api.Features.Ipam;

public sealed class CreateSubnetRequest
{
    /// <summary>CIDR with host bits zero: <c>10.0.1.0/24</c>, <c>2001:db8:1::/64</c>.</summary>
    public string Network { get; set; } = "";
    public string? Name { get; set; }
    public string? Description { get; set; }
    [References<Vlan>] public Guid? VlanId { get; set; }
    [References<Location>] public Guid? LocationId { get; set; }
}

internal sealed class CreateSubnetValidator : Validator<CreateSubnetRequest>
{
    public CreateSubnetValidator()
    {
        RuleFor(x => x.Network).Cascade(CascadeMode.Stop).NotEmpty().WithMessage("Give the network in CIDR notation, e.g. 10.0.1.0/24.").Must(n => IpMath.ParseNetwork(n) is not null)
            .WithMessage(x => $"'{x.Network}' is not a network in CIDR notation with host bits zero (e.g. 10.0.1.0/24 or 2001:db8::/48).");
        RuleFor(x => x.Name).MaximumLength(200);
        RuleFor(x => x.Description).MaximumLength(1000);
    }
}

/// <summary>
/// Creates a subnet. Subnets nest (a /24 inside a /16), but the same network twice is a 409; addresses already
/// documented inside it move to it (the most specific subnet holds them).
/// </summary>
public sealed class CreateSubnetEndpoint(ClientStorDbContext db, AuditedChanges changes, CurrentOrg org) : Endpoint<CreateSubnetRequest, SubnetResponse>
{
    public override void Configure()
    {
        Post("subnets");
        Group<IpamGroup>();
        this.RequireOrgPermission("ipam.write");
        Summary(s => s.Summary = "Create a subnet");
        Description(b => b.Produces<SubnetResponse>(201).WithMetadata(new ProblemResponses(409)));
    }

    public override async Task HandleAsync(CreateSubnetRequest req, CancellationToken ct)
    {
        var network = IpMath.ParseNetwork(req.Network)!.Value;
        var text = network.ToString();
        if (await db.Subnets.WithNetworkAsync(org.Id, text, ct) is not null)
            throw new ConflictException($"The subnet {text} already exists in this organisation.", "network");
        var now = DateTimeOffset.UtcNow;
        var subnet = new Subnet
        {
            Id = Guid.CreateVersion7(), OrgId = org.Id, Network = network, Name = req.Name?.Trim(), Description = req.Description?.Trim(),
            VlanId = req.VlanId, LocationId = req.LocationId, CreatedAt = now, UpdatedAt = now,
        };
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await changes.CreatedAsync(subnet, ct);
        // Addresses inside the new, more specific subnet now belong to it.
        await db.Database.ExecuteSqlAsync($"""
            UPDATE ip_addresses i SET subnet_id = {subnet.Id}
            WHERE i.org_id = {org.Id} AND i.address <<= {text}::cidr
              AND masklen((SELECT network FROM subnets WHERE id = i.subnet_id)) < {network.PrefixLength}
            """, ct);
        await tx.CommitAsync(ct);
        await Send.CreatedAsync(subnet.Id, await SubnetReads.ProjectAsync(db, subnet, ct), ct);
    }
}
