
namespace ClientStor.Api.Features.Contacts;

public sealed class ListContactsRequest : SearchListRequest
{
    /// <summary>Only the key contacts (true) or only the others (false).</summary>
    [QueryParam] public bool? IsKey { get; set; }
}

internal sealed class ListContactsValidator : Validator<ListContactsRequest>
{
    public static readonly SortCatalog<Contact> Sorts = new("name", new SortKey<Contact, string>("name", c => c.Name, c => c.Id));

    public ListContactsValidator()
    {
        Sorts.AddSearchListRules(this);
    }
}

/// <summary>The organisation's contacts.</summary>
public sealed class ListContactsEndpoint(ClientStorDbContext db, CurrentOrg org) : Endpoint<ListContactsRequest, Page<ContactResponse>>
{
    public override void Configure()
    {
        Get("contacts");
        Group<ContactsGroup>();
        this.RequireOrgPermission("assets.read");
        Summary(s => s.Summary = "List contacts");
    }

    public override async Task HandleAsync(ListContactsRequest req, CancellationToken ct)
    {
        var query = db.Contacts.AsNoTracking().Where(c => c.OrgId == org.Id);
        if (req.IsKey is { } isKey) query = query.Where(c => c.IsKey == isKey);
        if (!string.IsNullOrWhiteSpace(req.Q))
        {
            var p = "%" + Like.Escape(req.Q.Trim()) + "%";
            query = query.Where(c => EF.Functions.ILike(c.Name, p, "\\") || EF.Functions.ILike(c.Email!, p, "\\"));
        }
        await Send.OkAsync(await ListContactsValidator.Sorts.PageAsync(query, req, ContactMapper.ToResponse, ct), ct);
    }
}
