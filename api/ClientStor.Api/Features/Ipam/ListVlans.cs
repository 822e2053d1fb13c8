
namespace ClientStor.Api.Features.Ipam;

/// <summary>
/// The organisation's VLANs, by VLAN id. Not paged: an organisation has at most 4,094 (one per 802.1Q id), so the list
/// is always complete.
/// </summary>
public sealed class ListVlansEndpoint(ClientStorDbContext db, CurrentOrg org) : EndpointWithoutRequest<List<VlanResponse>>
{
    public override void Configure()
    {
        Get("vlans");
        Group<IpamGroup>();
        this.RequireOrgPermission("ipam.read");
        Summary(s => s.Summary = "List VLANs");
    }

    public override async Task HandleAsync(CancellationToken ct) =>
        await Send.OkAsync((await db.Vlans.AsNoTracking().Where(v => v.OrgId == org.Id).OrderBy(v => v.Vid).ToListAsync(ct)).Select(IpamMapper.ToResponse).ToList(), ct);
}
