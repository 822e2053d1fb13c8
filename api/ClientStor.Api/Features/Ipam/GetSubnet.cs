
namespace ClientStor.Api.Features.Ipam;

/// <summary>One subnet with utilisation.</summary>
public sealed class GetSubnetEndpoint(ClientStorDbContext db, CurrentOrg org) : Endpoint<SubnetRequest, SubnetResponse>
{
    public override void Configure()
    {
        Get("subnets/{subnetId}");
        Group<IpamGroup>();
        this.RequireOrgPermission("ipam.read");
        Summary(s => s.Summary = "Get a subnet");
    }

    public override async Task HandleAsync(SubnetRequest req, CancellationToken ct)
    {
        var subnet = await db.Subnets.AsNoTracking().FindInOrgAsync(org.Id, req.SubnetId, ct);
        await Send.ResourceAsync(await SubnetReads.ProjectAsync(db, subnet, ct), ct);
    }
}
