using ClientStor.Api.Platform.Http;

namespace ClientStor.Api.Features.Contacts;

/// <summary>Updates a contact.</summary>
public sealed class UpdateContactEndpoint(ClientStorDbContext db, AuditedChanges changes, CurrentOrg org) : Endpoint<UpdateContactRequest, ContactResponse>
{
    public override void Configure()
    {
        Patch("contacts/{contactId}");
        Group<ContactsGroup>();
        this.RequireOrgPermission("assets.write");
        Summary(s => s.Summary = "Update a contact");
    }

    public override async Task HandleAsync(UpdateContactRequest req, CancellationToken ct)
    {
        var contact = await db.Contacts.FindInOrgAsync(org.Id, req.ContactId, ct);
        HttpContext.CheckIfMatch(contact);
        req.ApplyTo(contact);
        await changes.UpdatedAsync(contact, ct);
        await Send.ResourceAsync(contact.ToResponse(), ct);
    }
}
