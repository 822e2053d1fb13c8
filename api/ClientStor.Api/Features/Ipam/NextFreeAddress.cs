
namespace ClientStor.Api.Features.Ipam;

public sealed class NextFreeResponse
{
    /// <summary>The lowest usable address of the subnet not yet documented.</summary>
    public required string Address { get; set; }
}

/// <summary>The lowest free usable address of the subnet (409 when it is full).</summary>
public sealed class NextFreeAddressEndpoint(ClientStorDbContext db, CurrentOrg org) : Endpoint<SubnetRequest, NextFreeResponse>
{
    public override void Configure()
    {
        Get("subnets/{subnetId}/next-free");
        Group<IpamGroup>();
        this.RequireOrgPermission("ipam.read");
        Summary(s => s.Summary = "Next free address in a subnet");
        Description(b => b.WithMetadata(new ProblemResponses(409)));
    }

    public override async Task HandleAsync(SubnetRequest req, CancellationToken ct)
    {
        var subnet = await db.Subnets.AsNoTracking().FindInOrgAsync(org.Id, req.SubnetId, ct);
        var text = subnet.Network.ToString();
        var used = await db.IpAddresses.FromSql($"SELECT *, xmin FROM ip_addresses WHERE org_id = {org.Id} AND address <<= {text}::cidr ORDER BY address")
            .AsNoTracking().Select(i => i.Address).ToListAsync(ct);
        var free = IpMath.FirstFree(subnet.Network, used) ?? throw new ConflictException($"The subnet {text} has no free address left.");
        await Send.OkAsync(new NextFreeResponse { Address = free.ToString() }, ct);
    }
}
