
namespace ClientStor.Api.Features.Contacts;

public sealed class DeleteContactRequest
{
    [RouteParam] public Guid ContactId { get; set; }
}

/// <summary>Deletes a contact; assets assigned to them become unassigned.</summary>
public sealed class DeleteContactEndpoint(ClientStorDbContext db, AuditedChanges changes, CurrentOrg org) : Endpoint<DeleteContactRequest>
{
    public override void Configure()
    {
        Delete("contacts/{contactId}");
        Group<ContactsGroup>();
        this.RequireOrgPermission("assets.write");
        Summary(s => s.Summary = "Delete a contact");
        Description(b => b.Produces(204));
    }

    public override async Task HandleAsync(DeleteContactRequest req, CancellationToken ct)
    {
        await changes.DeleteInOrgAsync(db.Contacts, org.Id, req.ContactId, ct);
        await Send.NoContentAsync(ct);
    }
}
