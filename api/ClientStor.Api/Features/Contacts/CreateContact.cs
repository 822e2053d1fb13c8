
namespace ClientStor.Api.Features.Contacts;

/// <summary>Creates a contact.</summary>
public sealed class CreateContactEndpoint(AuditedChanges changes, CurrentOrg org) : Endpoint<CreateContactRequest, ContactResponse>
{
    public override void Configure()
    {
        Post("contacts");
        Group<ContactsGroup>();
        this.RequireOrgPermission("assets.write");
        Summary(s => s.Summary = "Create a contact");
        Description(b => b.Produces<ContactResponse>(201));
    }

    public override async Task HandleAsync(CreateContactRequest req, CancellationToken ct)
    {
        var now = DateTimeOffset.UtcNow;
        var contact = new Contact { Id = Guid.CreateVersion7(), OrgId = org.Id, CreatedAt = now, UpdatedAt = now };
        req.ApplyTo(contact);
        await changes.CreatedAsync(contact, ct);
        await Send.CreatedAsync(contact.Id, contact.ToResponse(), ct);
    }
}
