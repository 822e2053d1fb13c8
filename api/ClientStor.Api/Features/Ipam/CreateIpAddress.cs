
namespace ClientStor.Api.Features.Ipam;

/// <summary>Documents an IP address in the most specific subnet containing it (400 outside every subnet, 409 if already documented).</summary>
public sealed class CreateIpAddressEndpoint(IpAddressWriter writer, CurrentOrg org) : Endpoint<CreateIpAddressRequest, IpAddressResponse>
{
    public override void Configure()
    {
        Post("ip-addresses");
        Group<IpamGroup>();
        this.RequireOrgPermission("ipam.write");
        Summary(s => s.Summary = "Create an IP address");
        Description(b => b.Produces<IpAddressResponse>(201).WithMetadata(new ProblemResponses(409)));
    }

    public override async Task HandleAsync(CreateIpAddressRequest req, CancellationToken ct)
    {
        var record = await writer.CreateAsync(org.Id, req.ToPatch(), IpAddressSources.Api, ct);
        await Send.CreatedAsync(record.Id, record.ToResponse(), ct);
    }
}
