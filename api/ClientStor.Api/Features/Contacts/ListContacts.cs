using ClientStor.Api.Platform.Authorization;
using ClientStor.Api.Platform.Data;
using ClientStor.Api.Platform.Paging;
using ClientStor.Api.Platform.Tenancy;
using FastEndpoints;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace ClientStor.Api.Features.Contacts;

public sealed class ListContactsRequest : IListRequest
{
    [QueryParam] public int? Limit { get; set; }
    [QueryParam] public string? Cursor { get; set; }
    /// <summary><c>name</c> (default) or <c>-name</c>.</summary>
    [QueryParam] public string? Sort { get; set; }
    /// <summary>Matches the name and email.</summary>
    [QueryParam] public string? Q { get; set; }
}

internal sealed class ListContactsValidator : Validator<ListContactsRequest>
{
    public static readonly SortCatalog<Contact> Sorts = new("name", new SortKey<Contact, string>("name", c => c.Name, c => c.Id));

    public ListContactsValidator()
    {
        Sorts.AddListRules(this);
        RuleFor(x => x.Q).MaximumLength(200);
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
        if (!string.IsNullOrWhiteSpace(req.Q))
        {
            var p = "%" + Like.Escape(req.Q.Trim()) + "%";
            query = query.Where(c => EF.Functions.ILike(c.Name, p, "\\") || EF.Functions.ILike(c.Email!, p, "\\"));
        }
        await Send.OkAsync(await ListContactsValidator.Sorts.PageAsync(query, req, ContactMapper.ToResponse, ct), ct);
    }
}
