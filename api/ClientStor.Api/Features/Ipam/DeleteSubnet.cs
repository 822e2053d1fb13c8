using ClientStor.Api.Platform.Http;

namespace ClientStor.Api.Features.Ipam;

/// <summary>Deletes a subnet that holds no addresses of its own (409 otherwise).</summary>
public sealed class DeleteSubnetEndpoint(ClientStorDbContext db, AuditedChanges changes, CurrentOrg org) : Endpoint<SubnetRequest>
{
    public override void Configure()
    {
        Delete("subnets/{subnetId}");
        Group<IpamGroup>();
        this.RequireOrgPermission("ipam.write");
        Summary(s => s.Summary = "Delete a subnet");
        Description(b => b.Produces(204).WithMetadata(new ProblemResponses(409)));
    }

    public override async Task HandleAsync(SubnetRequest req, CancellationToken ct)
    {
        var subnet = await db.Subnets.FindInOrgAsync(org.Id, req.SubnetId, ct);
        HttpContext.CheckIfMatch(subnet);
        var held = await db.IpAddresses.CountAsync(i => i.SubnetId == subnet.Id, ct);
        if (held > 0)
            throw new ConflictException($"The subnet holds {held} address(es); delete or move them first.");
        await changes.DeletedAsync(subnet, ct);
        await Send.NoContentAsync(ct);
    }
}
