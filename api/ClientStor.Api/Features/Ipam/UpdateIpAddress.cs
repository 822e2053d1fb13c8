using ClientStor.Api.Platform.Http;

namespace ClientStor.Api.Features.Ipam;

/// <summary>Updates an IP address (status, hostname, assignment, or the address itself).</summary>
public sealed class UpdateIpAddressEndpoint(ClientStorDbContext db, IpAddressWriter writer, CurrentOrg org) : Endpoint<UpdateIpAddressRequest, IpAddressResponse>
{
    public override void Configure()
    {
        Patch("ip-addresses/{ipAddressId}");
        Group<IpamGroup>();
        this.RequireOrgPermission("ipam.write");
        Summary(s => s.Summary = "Update an IP address");
        Description(b => b.WithMetadata(new ProblemResponses(409)));
    }

    public override async Task HandleAsync(UpdateIpAddressRequest req, CancellationToken ct)
    {
        var record = await db.IpAddresses.FindInOrgAsync(org.Id, req.IpAddressId, ct);
        HttpContext.CheckIfMatch(record);
        await writer.UpdateAsync(record, req.ToPatch(), IpAddressSources.Api, ct);
        await Send.ResourceAsync(record.ToResponse(), ct);
    }
}
