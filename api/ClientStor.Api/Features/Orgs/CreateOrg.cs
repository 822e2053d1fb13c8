using ClientStor.Api.Features.Roles;
using ClientStor.Api.Platform.Auditing;
using ClientStor.Api.Platform.Authorization;
using ClientStor.Api.Platform.Data;
using ClientStor.Api.Platform.Errors;
using ClientStor.Api.Platform.OpenApi;
using FastEndpoints;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Npgsql;

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
        RuleFor(x => x.Name).Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage("Enter the organisation's name.")
            .MaximumLength(200).WithMessage("The name must be at most 200 characters.");
        RuleFor(x => x.Slug).MaximumLength(100).WithMessage("The slug must be at most 100 characters.")
            .Matches(OrgStatuses.SlugPattern).WithMessage("The slug may contain only lowercase letters, digits and single hyphens (e.g. 'contoso-uk').")
            .When(x => x.Slug is not null);
        RuleFor(x => x.Notes).MaximumLength(10_000).WithMessage("Notes must be at most 10,000 characters.");
    }
}

/// <summary>Creates an organisation.</summary>
public sealed class CreateOrgEndpoint(ClientStorDbContext db, AuditLog audit, CurrentActor actor) : Endpoint<CreateOrgRequest, OrgResponse>
{
    public override void Configure()
    {
        Post("/api/v1/orgs");
        Policies(Platform.Authorization.Policies.GlobalAdmin);
        Tags("Orgs");
        Summary(s => s.Summary = "Create an organisation");
        Description(b => b.Produces<OrgResponse>(201).WithMetadata(new ProblemResponses(409)));
    }

    public override async Task HandleAsync(CreateOrgRequest req, CancellationToken ct)
    {
        var name = req.Name.Trim();
        var normalized = Org.NormalizeName(name);
        if (await db.Orgs.AnyAsync(o => o.NormalizedName == normalized, ct))
        {
            await Send.ResultAsync(Problems.Conflict($"An organisation named '{name}' already exists.", nameof(req.Name)));
            return;
        }
        var slug = req.Slug ?? await OrgSlugs.FreeSlugAsync(db, OrgStatuses.SlugFrom(name), ct);
        if (req.Slug is not null && await db.Orgs.AnyAsync(o => o.Slug == slug, ct))
        {
            await Send.ResultAsync(Problems.Conflict($"The slug '{slug}' is already used by another organisation.", nameof(req.Slug)));
            return;
        }
        var now = DateTimeOffset.UtcNow;
        var org = new Org
        {
            Id = Guid.CreateVersion7(),
            Name = name,
            NormalizedName = normalized,
            Slug = slug,
            Notes = string.IsNullOrWhiteSpace(req.Notes) ? null : req.Notes,
            CreatedAt = now,
            UpdatedAt = now,
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
        try
        {
            await audit.SaveAsync(new AuditEntry(AuditCategories.Organisation, "org.created")
            {
                OrgId = org.Id, TargetType = "org", TargetId = org.Id.ToString(),
                Details = new { after = OrgAudit.Snapshot(org), roles = BuiltInRoles.All.Select(r => r.Name), owner = creator.Email },
            }, ct);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } pg)
        {
            // Lost a race with a concurrent create of the same name or slug.
            await Send.ResultAsync(OrgSlugs.ConflictFor(pg, name, slug));
            return;
        }
        HttpContext.Response.Headers.Location = $"/api/v1/orgs/{org.Id}";
        HttpContext.Response.Headers.ETag = OrgResponse.From(org).Etag;
        await Send.ResponseAsync(OrgResponse.From(org), 201, ct);
    }
}

internal static class OrgSlugs
{
    /// <summary>The slug itself, or with -2, -3… appended until unused.</summary>
    public static async Task<string> FreeSlugAsync(ClientStorDbContext db, string slug, CancellationToken ct)
    {
        var taken = await db.Orgs.Where(o => o.Slug == slug || o.Slug.StartsWith(slug + "-")).Select(o => o.Slug).ToListAsync(ct);
        if (!taken.Contains(slug))
            return slug;
        for (var i = 2; ; i++)
            if (!taken.Contains($"{slug}-{i}"))
                return $"{slug}-{i}";
    }

    public static IResult ConflictFor(PostgresException pg, string name, string slug) =>
        pg.ConstraintName?.Contains("slug", StringComparison.Ordinal) == true
            ? Problems.Conflict($"The slug '{slug}' is already used by another organisation.", "slug")
            : Problems.Conflict($"An organisation named '{name}' already exists.", "name");
}
