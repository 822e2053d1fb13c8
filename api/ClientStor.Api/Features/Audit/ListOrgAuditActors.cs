
namespace ClientStor.Api.Features.Audit;

public sealed class ListOrgAuditActorsRequest : AuditActorsRequest;

internal sealed class ListOrgAuditActorsValidator : Validator<ListOrgAuditActorsRequest>
{
    public ListOrgAuditActorsValidator() => AuditActors.Rules(this);
}

/// <summary>The people who appear in one organisation's audit log: the actor picker of its audit page.</summary>
public sealed class ListOrgAuditActorsEndpoint(ClientStorDbContext db, CurrentOrg org) : Endpoint<ListOrgAuditActorsRequest, AuditActorsResponse>
{
    public override void Configure()
    {
        Get("audit/actors");
        Group<OrgAuditGroup>();
        this.RequireOrgPermission("audit.read");
        Summary(s => s.Summary = "List the people who appear in an organisation's audit log (type-ahead for the actor filter)");
    }

    public override async Task HandleAsync(ListOrgAuditActorsRequest req, CancellationToken ct)
    {
        // Only people who acted in this organisation: a reader of its log learns no one else's name.
        var actors = await AuditActors.QueryAsync(db, req, org.Id, ct);
        await Send.OkAsync(actors, ct);
    }
}
