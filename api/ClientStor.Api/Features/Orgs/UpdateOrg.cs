using ClientStor.Api.Platform.Http;

namespace ClientStor.Api.Features.Orgs;

/// <summary>Partial update: omitted (null) fields stay as they are; an empty <c>notes</c> clears the notes.</summary>
public sealed class UpdateOrgRequest
{
    public string? Name { get; set; }
    public string? Slug { get; set; }
    /// <summary><c>active</c> or <c>archived</c>.</summary>
    public string? Status { get; set; }
    public string? Notes { get; set; }
    /// <summary>Make changes to published articles drafts that a holder of <c>docs.publish</c> approves or rejects.</summary>
    public bool? DocsReviewRequired { get; set; }
}

internal sealed class UpdateOrgValidator : Validator<UpdateOrgRequest>
{
    public UpdateOrgValidator()
    {
        RuleFor(x => x.Name).NotEmpty().WithMessage("The name cannot be empty.")
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
public sealed class UpdateOrgEndpoint(ClientStorDbContext db, AuditedChanges changes, CurrentOrg current) : Endpoint<UpdateOrgRequest, OrgResponse>
{
    public override void Configure()
    {
        Patch("");
        Group<OrgGroup>();
        this.RequireOrgPermission("settings.manage");
        Summary(s => s.Summary = "Update an organisation");
        Description(b => b.WithMetadata(new ProblemResponses(409)));
    }

    public override async Task HandleAsync(UpdateOrgRequest req, CancellationToken ct)
    {
        var org = await OrgQuery.FindAsync(db.Orgs, current.Id, ct);
        HttpContext.CheckIfMatch(org);
        if (req.Name is not null && Org.NormalizeName(req.Name) != org.NormalizedName)
        {
            await OrgSlugs.EnsureNameFreeAsync(db, req.Name.Trim(), org.Id, ct);
            org.Name = req.Name.Trim();
            org.NormalizedName = Org.NormalizeName(org.Name);
        }
        else if (req.Name is not null)
            org.Name = req.Name.Trim();
        if (req.Slug is not null && req.Slug != org.Slug)
        {
            await OrgSlugs.EnsureSlugFreeAsync(db, req.Slug, org.Id, ct);
            org.Slug = req.Slug;
        }
        var wasArchived = org.Status;
        if (req.Status is not null && OrgStatuses.TryParse(req.Status, out var status))
            org.Status = status;
        if (req.Notes is not null)
            org.Notes = string.IsNullOrWhiteSpace(req.Notes) ? null : req.Notes;
        if (req.DocsReviewRequired is { } review)
            org.DocsReviewRequired = review;
        var action = org.Status == wasArchived ? "updated" : org.Status == OrgStatus.Archived ? "archived" : "unarchived";
        await OrgSlugs.SaveUniqueAsync(() => changes.UpdatedAsync(org, ct, action: action, orgId: org.Id), org);
        await Send.ResourceAsync(org.ToResponse(), ct);
    }
}
