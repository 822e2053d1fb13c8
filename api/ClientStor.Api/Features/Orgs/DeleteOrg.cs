using ClientStor.Api.Platform.Auditing;
using ClientStor.Api.Platform.Data;
using ClientStor.Api.Platform.Errors;
using ClientStor.Api.Platform.Http;
using ClientStor.Api.Platform.OpenApi;
using ClientStor.Api.Platform.Authorization;
using FastEndpoints;
using Microsoft.EntityFrameworkCore;

namespace ClientStor.Api.Features.Orgs;

public sealed class DeleteOrgRequest
{
    [RouteParam] public Guid OrgId { get; set; }
    [FromHeader("If-Match", IsRequired = false)] public string? IfMatch { get; set; }
}

/// <summary>
/// Deletes an organisation for good. Only an archived one can be deleted, so nothing disappears through a
/// single mistaken call.
/// </summary>
public sealed class DeleteOrgEndpoint(ClientStorDbContext db, AuditLog audit) : Endpoint<DeleteOrgRequest>
{
    public override void Configure()
    {
        Delete("/api/v1/orgs/{orgId}");
        this.RequireOrgPermission("org.delete");
        Tags("Orgs");
        Summary(s => s.Summary = "Delete an archived organisation");
        Description(b => b.Produces(204).WithMetadata(new ProblemResponses(404, 409, 412)));
    }

    public override async Task HandleAsync(DeleteOrgRequest req, CancellationToken ct)
    {
        var org = await db.Orgs.FirstOrDefaultAsync(o => o.Id == req.OrgId, ct);
        if (org is null)
        {
            await Send.ResultAsync(Problems.NotFound("The organisation"));
            return;
        }
        if (!ETags.Matches(req.IfMatch, org.Version))
        {
            await Send.ResultAsync(Problems.PreconditionFailed());
            return;
        }
        if (org.Status != OrgStatus.Archived)
        {
            await Send.ResultAsync(Problems.Conflict("Archive the organisation before deleting it."));
            return;
        }
        var before = OrgAudit.Snapshot(org);
        db.Orgs.Remove(org);
        try
        {
            await audit.SaveAsync(new AuditEntry(AuditCategories.Organisation, "org.deleted")
            {
                OrgId = org.Id, TargetType = "org", TargetId = org.Id.ToString(), Details = new { before },
            }, ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            await Send.ResultAsync(Problems.PreconditionFailed());
            return;
        }
        await Send.NoContentAsync(ct);
    }
}
