using ClientStor.Api.Platform.Auditing;
using ClientStor.Api.Platform.Authorization;
using ClientStor.Api.Platform.Data;
using ClientStor.Api.Platform.Errors;
using ClientStor.Api.Platform.OpenApi;
using ClientStor.Api.Platform.Paging;
using FastEndpoints;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace ClientStor.Api.Features.Assets;

public sealed class LocationResponse
{
    public required Guid Id { get; set; }
    /// <summary><c>site</c> or <c>closet</c>.</summary>
    public required string Kind { get; set; }
    public required Guid? ParentId { get; set; }
    public required string Name { get; set; }
    public required string? Address { get; set; }
    public required string? Notes { get; set; }
    public required DateTimeOffset CreatedAt { get; set; }
    public required DateTimeOffset UpdatedAt { get; set; }

    public static LocationResponse From(Location l) => new()
    {
        Id = l.Id, Kind = l.Kind, ParentId = l.ParentId, Name = l.Name, Address = l.Address, Notes = l.Notes, CreatedAt = l.CreatedAt, UpdatedAt = l.UpdatedAt,
    };
}

public sealed class ContactResponse
{
    public required Guid Id { get; set; }
    public required string Name { get; set; }
    public required string? Email { get; set; }
    public required string? Phone { get; set; }
    public required string? Role { get; set; }
    public required string? Notes { get; set; }
    public required DateTimeOffset CreatedAt { get; set; }
    public required DateTimeOffset UpdatedAt { get; set; }

    public static ContactResponse From(Contact c) => new()
    {
        Id = c.Id, Name = c.Name, Email = c.Email, Phone = c.Phone, Role = c.Role, Notes = c.Notes, CreatedAt = c.CreatedAt, UpdatedAt = c.UpdatedAt,
    };
}

public sealed class ListDirectoryRequest : IListRequest
{
    [RouteParam] public Guid OrgId { get; set; }
    [QueryParam] public int? Limit { get; set; }
    [QueryParam] public string? Cursor { get; set; }
    /// <summary><c>name</c> (default) or <c>-name</c>.</summary>
    [QueryParam] public string? Sort { get; set; }
    /// <summary>Matches the name (and email for contacts).</summary>
    [QueryParam] public string? Q { get; set; }
    /// <summary>Locations only: <c>site</c> or <c>closet</c>.</summary>
    [QueryParam] public string? Kind { get; set; }
}

internal static class DirectorySorts
{
    public static readonly SortCatalog<Location> Locations = new("name", new SortKey<Location, string>("name", l => l.Name, l => l.Id));
    public static readonly SortCatalog<Contact> Contacts = new("name", new SortKey<Contact, string>("name", c => c.Name, c => c.Id));
}

internal sealed class ListDirectoryValidator : Validator<ListDirectoryRequest>
{
    public ListDirectoryValidator()
    {
        DirectorySorts.Locations.AddListRules(this);
        RuleFor(x => x.Q).MaximumLength(200);
        RuleFor(x => x.Kind).Must(k => k is null or "site" or "closet").WithMessage("kind must be 'site' or 'closet'.");
    }
}

/// <summary>Sites and network closets.</summary>
public sealed class ListLocationsEndpoint(ClientStorDbContext db) : Endpoint<ListDirectoryRequest, Page<LocationResponse>>
{
    public override void Configure()
    {
        Get("/api/v1/orgs/{orgId}/locations");
        this.RequireOrgPermission("assets.read");
        Tags("Assets");
        Summary(s => s.Summary = "List locations (sites and network closets)");
    }

    public override async Task HandleAsync(ListDirectoryRequest req, CancellationToken ct)
    {
        var query = db.Locations.AsNoTracking().Where(l => l.OrgId == req.OrgId);
        if (req.Kind is not null) query = query.Where(l => l.Kind == req.Kind);
        if (!string.IsNullOrWhiteSpace(req.Q)) query = query.Where(l => EF.Functions.ILike(l.Name, "%" + Like.Escape(req.Q.Trim()) + "%", "\\"));
        await Send.OkAsync(await DirectorySorts.Locations.PageAsync(query, req, LocationResponse.From, ct), ct);
    }
}

public sealed class SaveLocationRequest
{
    [RouteParam] public Guid OrgId { get; set; }
    /// <summary>Route id when updating; absent when creating.</summary>
    [RouteParam(IsRequired = false)] public Guid? LocationId { get; set; }
    /// <summary><c>site</c> (default) or <c>closet</c> (a closet names its site in <c>parentId</c>).</summary>
    public string? Kind { get; set; }
    public Guid? ParentId { get; set; }
    public string? Name { get; set; }
    public string? Address { get; set; }
    public string? Notes { get; set; }
}

internal sealed class SaveLocationValidator : Validator<SaveLocationRequest>
{
    public SaveLocationValidator()
    {
        RuleFor(x => x.Name).Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage("Give the location a name.").MaximumLength(200)
            .When(x => x.LocationId is null || x.Name is not null);
        RuleFor(x => x.Kind).Must(k => k is null or "site" or "closet").WithMessage("kind must be 'site' or 'closet'.");
        RuleFor(x => x.Address).MaximumLength(1000);
        RuleFor(x => x.Notes).MaximumLength(10_000);
    }
}

/// <summary>Creates a site or network closet.</summary>
public sealed class CreateLocationEndpoint(ClientStorDbContext db, AuditLog audit) : Endpoint<SaveLocationRequest, LocationResponse>
{
    public override void Configure()
    {
        Post("/api/v1/orgs/{orgId}/locations");
        this.RequireOrgPermission("assets.write");
        Tags("Assets");
        Summary(s => s.Summary = "Create a location");
        Description(b => b.Produces<LocationResponse>(201).WithMetadata(new ProblemResponses(404)));
    }

    public override async Task HandleAsync(SaveLocationRequest req, CancellationToken ct) => await Send.ResultAsync(await LocationWrites.SaveAsync(db, audit, req, HttpContext, ct));
}

/// <summary>Updates a site or network closet.</summary>
public sealed class UpdateLocationEndpoint(ClientStorDbContext db, AuditLog audit) : Endpoint<SaveLocationRequest, LocationResponse>
{
    public override void Configure()
    {
        Patch("/api/v1/orgs/{orgId}/locations/{locationId}");
        this.RequireOrgPermission("assets.write");
        Tags("Assets");
        Summary(s => s.Summary = "Update a location");
        Description(b => b.WithMetadata(new ProblemResponses(404)));
    }

    public override async Task HandleAsync(SaveLocationRequest req, CancellationToken ct) => await Send.ResultAsync(await LocationWrites.SaveAsync(db, audit, req, HttpContext, ct));
}

internal static class LocationWrites
{
    public static async Task<IResult> SaveAsync(ClientStorDbContext db, AuditLog audit, SaveLocationRequest req, HttpContext http, CancellationToken ct)
    {
        var now = DateTimeOffset.UtcNow;
        Location? location;
        if (req.LocationId is { } id)
        {
            location = await db.Locations.FirstOrDefaultAsync(l => l.Id == id && l.OrgId == req.OrgId, ct);
            if (location is null)
                return Problems.NotFound("The location");
        }
        else
            location = new Location { Id = Guid.CreateVersion7(), OrgId = req.OrgId, CreatedAt = now };
        var before = location.Name.Length == 0 ? null : LocationResponse.From(location);
        if (req.Kind is not null) location.Kind = req.Kind;
        if (req.ParentId is not null) location.ParentId = req.ParentId;
        if (req.Name is not null) location.Name = req.Name.Trim();
        if (req.Address is not null) location.Address = string.IsNullOrWhiteSpace(req.Address) ? null : req.Address.Trim();
        if (req.Notes is not null) location.Notes = string.IsNullOrWhiteSpace(req.Notes) ? null : req.Notes.Trim();
        if (location.Kind == "closet")
        {
            if (location.ParentId is not { } parent || !await db.Locations.AnyAsync(l => l.Id == parent && l.OrgId == req.OrgId && l.Kind == "site", ct))
                return Problems.Validation("parentId", "A network closet belongs to a site: give the site's id as parentId.");
        }
        else if (location.ParentId is not null)
            return Problems.Validation("parentId", "Only a network closet has a parent site.");
        location.UpdatedAt = now;
        if (before is null)
            db.Locations.Add(location);
        await audit.SaveAsync(new AuditEntry(AuditCategories.Organisation, before is null ? "location.created" : "location.updated")
        {
            OrgId = req.OrgId, TargetType = "location", TargetId = location.Id.ToString(), Details = new { before, after = LocationResponse.From(location) },
        }, ct);
        if (before is not null)
            return Results.Ok(LocationResponse.From(location));
        http.Response.Headers.Location = $"/api/v1/orgs/{req.OrgId}/locations/{location.Id}";
        return Results.Json(LocationResponse.From(location), statusCode: 201);
    }
}

public sealed class LocationRequest
{
    [RouteParam] public Guid OrgId { get; set; }
    [RouteParam] public Guid LocationId { get; set; }
}

/// <summary>Deletes a location that no asset, closet, rack or subnet uses (409 otherwise).</summary>
public sealed class DeleteLocationEndpoint(ClientStorDbContext db, AuditLog audit) : Endpoint<LocationRequest>
{
    public override void Configure()
    {
        Delete("/api/v1/orgs/{orgId}/locations/{locationId}");
        this.RequireOrgPermission("assets.write");
        Tags("Assets");
        Summary(s => s.Summary = "Delete a location");
        Description(b => b.Produces(204).WithMetadata(new ProblemResponses(404, 409)));
    }

    public override async Task HandleAsync(LocationRequest req, CancellationToken ct)
    {
        var location = await db.Locations.FirstOrDefaultAsync(l => l.Id == req.LocationId && l.OrgId == req.OrgId, ct);
        if (location is null)
        {
            await Send.ResultAsync(Problems.NotFound("The location"));
            return;
        }
        var assets = await db.Assets.CountAsync(a => a.LocationId == location.Id, ct);
        var closets = await db.Locations.CountAsync(l => l.ParentId == location.Id, ct);
        if (assets + closets > 0)
        {
            await Send.ResultAsync(Problems.Conflict($"The location still has {assets} asset(s) and {closets} closet(s); move them first."));
            return;
        }
        db.Locations.Remove(location);
        await audit.SaveAsync(new AuditEntry(AuditCategories.Organisation, "location.deleted")
        {
            OrgId = req.OrgId, TargetType = "location", TargetId = location.Id.ToString(), Details = new { before = LocationResponse.From(location) },
        }, ct);
        await Send.NoContentAsync(ct);
    }
}

/// <summary>The organisation's contacts.</summary>
public sealed class ListContactsEndpoint(ClientStorDbContext db) : Endpoint<ListDirectoryRequest, Page<ContactResponse>>
{
    public override void Configure()
    {
        Get("/api/v1/orgs/{orgId}/contacts");
        this.RequireOrgPermission("assets.read");
        Tags("Assets");
        Summary(s => s.Summary = "List contacts");
    }

    public override async Task HandleAsync(ListDirectoryRequest req, CancellationToken ct)
    {
        var query = db.Contacts.AsNoTracking().Where(c => c.OrgId == req.OrgId);
        if (!string.IsNullOrWhiteSpace(req.Q))
        {
            var p = "%" + Like.Escape(req.Q.Trim()) + "%";
            query = query.Where(c => EF.Functions.ILike(c.Name, p, "\\") || EF.Functions.ILike(c.Email!, p, "\\"));
        }
        await Send.OkAsync(await DirectorySorts.Contacts.PageAsync(query, req, ContactResponse.From, ct), ct);
    }
}

public sealed class SaveContactRequest
{
    [RouteParam] public Guid OrgId { get; set; }
    [RouteParam(IsRequired = false)] public Guid? ContactId { get; set; }
    public string? Name { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
    public string? Role { get; set; }
    public string? Notes { get; set; }
}

internal sealed class SaveContactValidator : Validator<SaveContactRequest>
{
    public SaveContactValidator()
    {
        RuleFor(x => x.Name).Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage("Give the contact a name.").MaximumLength(200)
            .When(x => x.ContactId is null || x.Name is not null);
        RuleFor(x => x.Email).Must(e => string.IsNullOrWhiteSpace(e) || System.Net.Mail.MailAddress.TryCreate(e.Trim(), out _))
            .WithMessage("Enter a valid email address.").MaximumLength(320);
        RuleFor(x => x.Phone).MaximumLength(64);
        RuleFor(x => x.Role).MaximumLength(100);
        RuleFor(x => x.Notes).MaximumLength(10_000);
    }
}

/// <summary>Creates a contact.</summary>
public sealed class CreateContactEndpoint(ClientStorDbContext db, AuditLog audit) : Endpoint<SaveContactRequest, ContactResponse>
{
    public override void Configure()
    {
        Post("/api/v1/orgs/{orgId}/contacts");
        this.RequireOrgPermission("assets.write");
        Tags("Assets");
        Summary(s => s.Summary = "Create a contact");
        Description(b => b.Produces<ContactResponse>(201));
    }

    public override async Task HandleAsync(SaveContactRequest req, CancellationToken ct) => await Send.ResultAsync(await ContactWrites.SaveAsync(db, audit, req, HttpContext, ct));
}

/// <summary>Updates a contact.</summary>
public sealed class UpdateContactEndpoint(ClientStorDbContext db, AuditLog audit) : Endpoint<SaveContactRequest, ContactResponse>
{
    public override void Configure()
    {
        Patch("/api/v1/orgs/{orgId}/contacts/{contactId}");
        this.RequireOrgPermission("assets.write");
        Tags("Assets");
        Summary(s => s.Summary = "Update a contact");
        Description(b => b.WithMetadata(new ProblemResponses(404)));
    }

    public override async Task HandleAsync(SaveContactRequest req, CancellationToken ct) => await Send.ResultAsync(await ContactWrites.SaveAsync(db, audit, req, HttpContext, ct));
}

internal static class ContactWrites
{
    public static async Task<IResult> SaveAsync(ClientStorDbContext db, AuditLog audit, SaveContactRequest req, HttpContext http, CancellationToken ct)
    {
        var now = DateTimeOffset.UtcNow;
        Contact? contact;
        if (req.ContactId is { } id)
        {
            contact = await db.Contacts.FirstOrDefaultAsync(c => c.Id == id && c.OrgId == req.OrgId, ct);
            if (contact is null)
                return Problems.NotFound("The contact");
        }
        else
            contact = new Contact { Id = Guid.CreateVersion7(), OrgId = req.OrgId, CreatedAt = now };
        var before = contact.Name.Length == 0 ? null : ContactResponse.From(contact);
        static string? Blank(string s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
        if (req.Name is not null) contact.Name = req.Name.Trim();
        if (req.Email is not null) contact.Email = Blank(req.Email);
        if (req.Phone is not null) contact.Phone = Blank(req.Phone);
        if (req.Role is not null) contact.Role = Blank(req.Role);
        if (req.Notes is not null) contact.Notes = Blank(req.Notes);
        contact.UpdatedAt = now;
        if (before is null)
            db.Contacts.Add(contact);
        await audit.SaveAsync(new AuditEntry(AuditCategories.Organisation, before is null ? "contact.created" : "contact.updated")
        {
            OrgId = req.OrgId, TargetType = "contact", TargetId = contact.Id.ToString(), Details = new { before, after = ContactResponse.From(contact) },
        }, ct);
        if (before is not null)
            return Results.Ok(ContactResponse.From(contact));
        http.Response.Headers.Location = $"/api/v1/orgs/{req.OrgId}/contacts/{contact.Id}";
        return Results.Json(ContactResponse.From(contact), statusCode: 201);
    }
}

public sealed class ContactRequest
{
    [RouteParam] public Guid OrgId { get; set; }
    [RouteParam] public Guid ContactId { get; set; }
}

/// <summary>Deletes a contact; assets assigned to them become unassigned.</summary>
public sealed class DeleteContactEndpoint(ClientStorDbContext db, AuditLog audit) : Endpoint<ContactRequest>
{
    public override void Configure()
    {
        Delete("/api/v1/orgs/{orgId}/contacts/{contactId}");
        this.RequireOrgPermission("assets.write");
        Tags("Assets");
        Summary(s => s.Summary = "Delete a contact");
        Description(b => b.Produces(204).WithMetadata(new ProblemResponses(404)));
    }

    public override async Task HandleAsync(ContactRequest req, CancellationToken ct)
    {
        var contact = await db.Contacts.FirstOrDefaultAsync(c => c.Id == req.ContactId && c.OrgId == req.OrgId, ct);
        if (contact is null)
        {
            await Send.ResultAsync(Problems.NotFound("The contact"));
            return;
        }
        db.Contacts.Remove(contact);
        await audit.SaveAsync(new AuditEntry(AuditCategories.Organisation, "contact.deleted")
        {
            OrgId = req.OrgId, TargetType = "contact", TargetId = contact.Id.ToString(), Details = new { before = ContactResponse.From(contact) },
        }, ct);
        await Send.NoContentAsync(ct);
    }
}
