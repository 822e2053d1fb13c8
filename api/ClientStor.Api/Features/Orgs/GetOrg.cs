
namespace ClientStor.Api.Features.Orgs;

/// <summary>Reads one organisation.</summary>
public sealed class GetOrgEndpoint(ClientStorDbContext db, CurrentOrg org) : EndpointWithoutRequest<OrgResponse>
{
    public override void Configure()
    {
        Get("");
        Group<OrgGroup>();
        this.RequireOrgPermission("org.read");
        Summary(s => s.Summary = "Get an organisation");
    }

    public override async Task HandleAsync(CancellationToken ct) =>
        await Send.ResourceAsync((await OrgQuery.FindAsync(db.Orgs.AsNoTracking(), org.Id, ct)).ToResponse(), ct);
}
