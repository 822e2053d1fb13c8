using ClientStor.Api.Platform.Auditing;
using ClientStor.Api.Platform.Data;
using ClientStor.Api.Platform.Errors;
using ClientStor.Api.Platform.Http;
using ClientStor.Api.Platform.OpenApi;
using ClientStor.Api.Platform.Authorization;
using FastEndpoints;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace ClientStor.Api.Features.Orgs;

/// <summary>Partial update: omitted (null) fields stay as they are; an empty <c>notes</c> clears the notes.</summary>
public sealed class UpdateOrgRequest
{
    [RouteParam] public Guid OrgId { get; set; }
    /// <summary>The etag you read; the update is refused with 412 if the organisation changed since.</summary>
    [FromHeader("If-Match", IsRequired = false)] public string? IfMatch { get; set; }
    public string? Name { get; set; }
    public string? Slug { get; set; }
    /// <summary><c>active</c> or <c>archived</c>.</summary>
    public string? Status { get; set; }
    public string? Notes { get; set; }
}

internal sealed class UpdateOrgValidator : Validator<UpdateOrgRequest>
{
    public UpdateOrgValidator()
    {
        RuleFor(x => x.Name).Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage("The name cannot be empty.")
            .MaximumLength(200).WithMessage("The name must be at most 200 characters.").When(x => x.Name is not null);
        RuleFor(x => x.Slug).MaximumLength(100).WithMessage("The slug must be at most 100 characters.")
            .Matches(OrgStatuses.SlugPattern).WithMessage("The slug may contain only lowercase letters, digits and single hyphens (e.g. 'contoso-uk').")
            .When(x => x.Slug is not null);
        RuleFor(x => x.Status).Must(s => OrgStatuses.TryParse(s, out _)).WithMessage("status must be 'active' or 'archived'.")
            .When(x => x.Status is not null);
        RuleFor(x => x.Notes).MaximumLength(10_000).WithMessage("Notes must be at most 10,000 characters.");
    }
}

/// <summary>Renames, re-slugs, archives/unarchives or annotates an organisation.</summary>
public sealed class UpdateOrgEndpoint(ClientStorDbContext db, AuditLog audit) : Endpoint<UpdateOrgRequest, OrgResponse>
{
    public override void Configure()
    {
        Patch("/api/v1/orgs/{orgId}");
        this.RequireOrgPermission("settings.manage");
        Tags("Orgs");
        Summary(s => s.Summary = "Update an organisation");
        Description(b => b.WithMetadata(new ProblemResponses(404, 409, 412)));
    }

    public override async Task HandleAsync(UpdateOrgRequest req, CancellationToken ct)
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
        var before = OrgAudit.Snapshot(org);
        if (req.Name is not null)
        {
            var name = req.Name.Trim();
            var normalized = Org.NormalizeName(name);
            if (normalized != org.NormalizedName && await db.Orgs.AnyAsync(o => o.NormalizedName == normalized && o.Id != org.Id, ct))
            {
                await Send.ResultAsync(Problems.Conflict($"An organisation named '{name}' already exists.", nameof(req.Name)));
                return;
            }
            org.Name = name;
            org.NormalizedName = normalized;
        }
        if (req.Slug is not null && req.Slug != org.Slug)
        {
            if (await db.Orgs.AnyAsync(o => o.Slug == req.Slug && o.Id != org.Id, ct))
            {
                await Send.ResultAsync(Problems.Conflict($"The slug '{req.Slug}' is already used by another organisation.", nameof(req.Slug)));
                return;
            }
            org.Slug = req.Slug;
        }
        if (OrgStatuses.TryParse(req.Status, out var status) && req.Status is not null)
            org.Status = status;
        if (req.Notes is not null)
            org.Notes = string.IsNullOrWhiteSpace(req.Notes) ? null : req.Notes;

        if (db.ChangeTracker.HasChanges())
        {
            org.UpdatedAt = DateTimeOffset.UtcNow;
            var changed = db.Entry(org).Properties.Where(p => p.IsModified && p.Metadata.Name is not (nameof(Org.UpdatedAt) or nameof(Org.NormalizedName)))
                .Select(p => char.ToLowerInvariant(p.Metadata.Name[0]) + p.Metadata.Name[1..]).ToList();
            var action = req.Status is not null && changed.Contains("status")
                ? (org.Status == OrgStatus.Archived ? "org.archived" : "org.unarchived")
                : "org.updated";
            try
            {
                await audit.SaveAsync(new AuditEntry(AuditCategories.Organisation, action)
                {
                    OrgId = org.Id, TargetType = "org", TargetId = org.Id.ToString(),
                    Details = new { changed, before, after = OrgAudit.Snapshot(org) },
                }, ct);
            }
            catch (DbUpdateConcurrencyException)
            {
                await Send.ResultAsync(Problems.PreconditionFailed());
                return;
            }
            catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } pg)
            {
                await Send.ResultAsync(OrgSlugs.ConflictFor(pg, org.Name, org.Slug));
                return;
            }
        }
        var response = OrgResponse.From(org);
        HttpContext.Response.Headers.ETag = response.Etag;
        await Send.OkAsync(response, ct);
    }
}
