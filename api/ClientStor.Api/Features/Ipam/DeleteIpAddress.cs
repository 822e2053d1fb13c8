using ClientStor.Api.Platform.Http;

namespace ClientStor.Api.Features.Ipam;

public sealed class IpAddressRequest
{
    [RouteParam] public Guid IpAddressId { get; set; }
}

/// <summary>Removes an IP address from the documentation.</summary>
public sealed class DeleteIpAddressEndpoint(ClientStorDbContext db, IpAddressWriter writer, CurrentOrg org) : Endpoint<IpAddressRequest>
{
    public override void Configure()
    {
        Delete("ip-addresses/{ipAddressId}");
        Group<IpamGroup>();
        this.RequireOrgPermission("ipam.write");
        Summary(s => s.Summary = "Delete an IP address");
        Description(b => b.Produces(204));
    }

    public override async Task HandleAsync(IpAddressRequest req, CancellationToken ct)
    {
        var record = await db.IpAddresses.FindInOrgAsync(org.Id, req.IpAddressId, ct);
        HttpContext.CheckIfMatch(record);
        await writer.DeleteAsync(record, IpAddressSources.Api, ct);
        await Send.NoContentAsync(ct);
    }
}
