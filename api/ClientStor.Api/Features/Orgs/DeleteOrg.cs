using ClientStor.Api.Platform.Http;

namespace ClientStor.Api.Features.Orgs;

/// <summary>
/// Deletes an organisation for good. Only an archived one can be deleted, so nothing disappears through a
/// single mistaken call.
/// </summary>
public sealed class DeleteOrgEndpoint(ClientStorDbContext db, AuditedChanges changes, CurrentOrg current) : EndpointWithoutRequest
{
    public override void Configure()
    {
        Delete("");
        Group<OrgGroup>();
        this.RequireOrgPermission("org.delete");
        Summary(s => s.Summary = "Delete an archived organisation");
        Description(b => b.Produces(204).WithMetadata(new ProblemResponses(409)));
    }

    public override async Task HandleAsync(CancellationToken ct)
    {
        var org = await OrgQuery.FindAsync(db.Orgs, current.Id, ct);
        HttpContext.CheckIfMatch(org);
        if (org.Status != OrgStatus.Archived)
            throw new ConflictException("Archive the organisation before deleting it.");
        // Everything else of the organisation goes with it (ON DELETE CASCADE); memberships first, because a role still
        // assigned cannot be deleted, whatever order the database cascades in.
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await db.Database.ExecuteSqlAsync($"DELETE FROM memberships WHERE org_id = {org.Id}", ct);
        await changes.DeletedAsync(org, ct, orgId: org.Id);
        await tx.CommitAsync(ct);
        await Send.NoContentAsync(ct);
    }
}
