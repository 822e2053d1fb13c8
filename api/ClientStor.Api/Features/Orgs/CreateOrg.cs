using ClientStor.Api.Features.Roles;

namespace ClientStor.Api.Features.Orgs;

public sealed class CreateOrgRequest
{
    public string Name { get; set; } = "";
    /// <summary>URL-friendly identifier; derived from the name when omitted.</summary>
    public string? Slug { get; set; }
    public string? Notes { get; set; }
}

internal sealed class CreateOrgValidator : Validator<CreateOrgRequest>
{
    public CreateOrgValidator()
    {
        RuleFor(x => x.Name).NotEmpty().WithMessage("Enter the organisation's name.")
            .MaximumLength(200).WithMessage("The name must be at most 200 characters.");
        RuleFor(x => x.Slug).MaximumLength(100).WithMessage("The slug must be at most 100 characters.")
            .Matches(OrgStatuses.SlugPattern).WithMessage("The slug may contain only lowercase letters, digits and single hyphens (e.g. 'contoso-uk').")
            .When(x => x.Slug is not null);
        RuleFor(x => x.Notes).MaximumLength(10_000).WithMessage("Notes must be at most 10,000 characters.");
    }
}

/// <summary>Creates an organisation with the built-in roles; its creator becomes its first Owner.</summary>
public sealed class CreateOrgEndpoint(ClientStorDbContext db, AuditedChanges changes, CurrentActor actor) : Endpoint<CreateOrgRequest, OrgResponse>
{
    public override void Configure()
    {
        Post("orgs");
        Group<OrgsGroup>();
        this.RequirePlatformAdmin();
        Summary(s => s.Summary = "Create an organisation");
        Description(b => b.Produces<OrgResponse>(201).WithMetadata(new ProblemResponses(409)));
    }

    public override async Task HandleAsync(CreateOrgRequest req, CancellationToken ct)
    {
        var name = req.Name.Trim();
        await OrgSlugs.EnsureNameFreeAsync(db, name, null, ct);
        if (req.Slug is not null)
            await OrgSlugs.EnsureSlugFreeAsync(db, req.Slug, null, ct);
        var now = DateTimeOffset.UtcNow;
        var org = new Org
        {
            Id = Guid.CreateVersion7(), Name = name, NormalizedName = Org.NormalizeName(name),
            Slug = req.Slug ?? await OrgSlugs.FreeSlugAsync(db, OrgStatuses.SlugFrom(name), ct),
            Notes = string.IsNullOrWhiteSpace(req.Notes) ? null : req.Notes, CreatedAt = now, UpdatedAt = now,
        };
        db.Orgs.Add(org);
        var owner = OrgRoles.AddBuiltIns(db, org.Id, now);
        // The creator becomes the first Owner, so the organisation is never without one.
        var creator = (await actor.UserAsync(ct))!;
        db.Memberships.Add(new Membership
        {
            OrgId = org.Id, UserId = creator.Id, CreatedAt = now, UpdatedAt = now,
            Roles = [new MembershipRole { OrgId = org.Id, UserId = creator.Id, RoleId = owner.Id }],
        });
        await OrgSlugs.SaveUniqueAsync(() => changes.CreatedAsync(org, ct, orgId: org.Id,
            details: new { roles = BuiltInRoles.All.Select(r => r.Name), owner = creator.Email }), org);
        await Send.CreatedAsync(org.Id, org.ToResponse(), ct);
    }
}
