using ClientStor.Api.Platform.Auditing;
using ClientStor.Api.Platform.Authorization;
using ClientStor.Api.Platform.Data;
using ClientStor.Api.Platform.Errors;
using ClientStor.Api.Platform.Http;
using ClientStor.Api.Platform.OpenApi;
using ClientStor.Api.Platform.Paging;
using ClientStor.Api.Platform.Tenancy;
using FastEndpoints;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace ClientStor.Api.Features.Roles;

public sealed class ListRolesRequest : IListRequest
{
    [RouteParam] public Guid OrgId { get; set; }
    /// <summary>Page size, 1 to 500 (default 50).</summary>
    [QueryParam] public int? Limit { get; set; }
    [QueryParam] public string? Cursor { get; set; }
    /// <summary><c>name</c> (default) or <c>createdAt</c>, <c>-</c> for descending.</summary>
    [QueryParam] public string? Sort { get; set; }
}

internal sealed class ListRolesValidator : Validator<ListRolesRequest>
{
    public ListRolesValidator()
    {
        RoleSorts.Catalog.AddListRules(this);
    }
}

internal static class RoleSorts
{
    public static readonly SortCatalog<Role> Catalog = new("name",
        new SortKey<Role, string>("name", r => r.NormalizedName, r => r.Id),
        new SortKey<Role, DateTimeOffset>("createdAt", r => r.CreatedAt, r => r.Id));
}

/// <summary>The organisation's roles, built-in and custom.</summary>
public sealed class ListRolesEndpoint(ClientStorDbContext db) : Endpoint<ListRolesRequest, Page<RoleResponse>>
{
    public override void Configure()
    {
        Get("/api/v1/orgs/{orgId}/roles");
        this.RequireOrgPermission("org.read");
        Tags("Roles");
        Summary(s => s.Summary = "List roles");
    }

    public override async Task HandleAsync(ListRolesRequest req, CancellationToken ct) =>
        await Send.OkAsync(await RoleSorts.Catalog.PageAsync(db.Roles.AsNoTracking().Where(r => r.OrgId == req.OrgId), req, RoleResponse.From, ct), ct);
}

public sealed class GetRoleRequest
{
    [RouteParam] public Guid OrgId { get; set; }
    [RouteParam] public Guid RoleId { get; set; }
}

/// <summary>One role.</summary>
public sealed class GetRoleEndpoint(ClientStorDbContext db) : Endpoint<GetRoleRequest, RoleResponse>
{
    public override void Configure()
    {
        Get("/api/v1/orgs/{orgId}/roles/{roleId}");
        this.RequireOrgPermission("org.read");
        Tags("Roles");
        Summary(s => s.Summary = "Get a role");
        Description(b => b.WithMetadata(new ProblemResponses(404)));
    }

    public override async Task HandleAsync(GetRoleRequest req, CancellationToken ct)
    {
        var role = await db.Roles.AsNoTracking().FirstOrDefaultAsync(r => r.Id == req.RoleId && r.OrgId == req.OrgId, ct);
        if (role is null)
        {
            await Send.ResultAsync(Problems.NotFound("The role"));
            return;
        }
        HttpContext.Response.Headers.ETag = ETags.For(role.Version);
        await Send.OkAsync(RoleResponse.From(role), ct);
    }
}

public sealed class CreateRoleRequest
{
    [RouteParam] public Guid OrgId { get; set; }
    public string Name { get; set; } = "";
    public string? Description { get; set; }
    /// <summary>Permission names from <c>GET /api/v1/permissions</c>.</summary>
    public List<string> Permissions { get; set; } = [];
}

internal sealed class CreateRoleValidator : Validator<CreateRoleRequest>
{
    public CreateRoleValidator()
    {
        RuleFor(x => x.Name).Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage("Enter the role's name.")
            .MaximumLength(100).WithMessage("The name must be at most 100 characters.");
        RuleFor(x => x.Description).MaximumLength(1000).WithMessage("The description must be at most 1,000 characters.");
        RuleFor(x => x.Permissions).NotEmpty().WithMessage("Choose at least one permission.")
            .Must(p => p.All(PermissionCatalog.Exists))
            .WithMessage(r => $"Unknown permission(s): {string.Join(", ", r.Permissions.Where(p => !PermissionCatalog.Exists(p)))}.");
    }
}

/// <summary>Creates a custom role. Nobody can put a permission they lack into a role (403).</summary>
public sealed class CreateRoleEndpoint(ClientStorDbContext db, CurrentOrg org, AuditLog audit) : Endpoint<CreateRoleRequest, RoleResponse>
{
    public override void Configure()
    {
        Post("/api/v1/orgs/{orgId}/roles");
        this.RequireOrgPermission("roles.manage");
        Tags("Roles");
        Summary(s => s.Summary = "Create a custom role");
        Description(b => b.Produces<RoleResponse>(201).WithMetadata(new ProblemResponses(404, 409), new FreshReauthRequired()));
    }

    public override async Task HandleAsync(CreateRoleRequest req, CancellationToken ct)
    {
        if (OrgRoles.NotHeld(req.Permissions, org.Permissions) is { Length: > 0 } lacking)
        {
            await Send.ResultAsync(Problems.Forbidden($"You cannot grant permissions you do not hold: {string.Join(", ", lacking)}."));
            return;
        }
        var name = req.Name.Trim();
        if (await db.Roles.AnyAsync(r => r.OrgId == req.OrgId && r.NormalizedName == OrgRoles.Normalize(name), ct))
        {
            await Send.ResultAsync(Problems.Conflict($"A role named '{name}' already exists in this organisation.", "name"));
            return;
        }
        var now = DateTimeOffset.UtcNow;
        var role = new Role
        {
            Id = Guid.CreateVersion7(), OrgId = req.OrgId, Name = name, NormalizedName = OrgRoles.Normalize(name),
            Description = string.IsNullOrWhiteSpace(req.Description) ? null : req.Description.Trim(),
            Permissions = req.Permissions.Distinct().Order(StringComparer.Ordinal).ToArray(), CreatedAt = now, UpdatedAt = now,
        };
        db.Roles.Add(role);
        try
        {
            await audit.SaveAsync(new AuditEntry(AuditCategories.Permissions, "role.created")
            {
                OrgId = req.OrgId, TargetType = "role", TargetId = role.Id.ToString(),
                Details = new { after = new { role.Name, role.Permissions } },
            }, ct);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            await Send.ResultAsync(Problems.Conflict($"A role named '{name}' already exists in this organisation.", "name"));
            return;
        }
        HttpContext.Response.Headers.Location = $"/api/v1/orgs/{req.OrgId}/roles/{role.Id}";
        HttpContext.Response.Headers.ETag = ETags.For(role.Version);
        await Send.ResponseAsync(RoleResponse.From(role), 201, ct);
    }
}

public sealed class UpdateRoleRequest
{
    [RouteParam] public Guid OrgId { get; set; }
    [RouteParam] public Guid RoleId { get; set; }
    [FromHeader("If-Match", IsRequired = false)] public string? IfMatch { get; set; }
    public string? Name { get; set; }
    public string? Description { get; set; }
    /// <summary>Replaces the role's permissions.</summary>
    public List<string>? Permissions { get; set; }
}

internal sealed class UpdateRoleValidator : Validator<UpdateRoleRequest>
{
    public UpdateRoleValidator()
    {
        RuleFor(x => x.Name).Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage("The name cannot be empty.")
            .MaximumLength(100).WithMessage("The name must be at most 100 characters.").When(x => x.Name is not null);
        RuleFor(x => x.Description).MaximumLength(1000).WithMessage("The description must be at most 1,000 characters.");
        RuleFor(x => x.Permissions).Must(p => p!.Count > 0).WithMessage("Choose at least one permission.")
            .Must(p => p!.All(PermissionCatalog.Exists))
            .WithMessage(r => $"Unknown permission(s): {string.Join(", ", r.Permissions!.Where(p => !PermissionCatalog.Exists(p)))}.")
            .When(x => x.Permissions is not null);
    }
}

/// <summary>Renames a custom role or changes its permissions; effective on every member's next request.</summary>
public sealed class UpdateRoleEndpoint(ClientStorDbContext db, CurrentOrg org, AuditLog audit) : Endpoint<UpdateRoleRequest, RoleResponse>
{
    public override void Configure()
    {
        Patch("/api/v1/orgs/{orgId}/roles/{roleId}");
        this.RequireOrgPermission("roles.manage");
        Tags("Roles");
        Summary(s => s.Summary = "Update a custom role");
        Description(b => b.WithMetadata(new ProblemResponses(404, 409, 412), new FreshReauthRequired()));
    }

    public override async Task HandleAsync(UpdateRoleRequest req, CancellationToken ct)
    {
        var role = await db.Roles.FirstOrDefaultAsync(r => r.Id == req.RoleId && r.OrgId == req.OrgId, ct);
        if (role is null)
        {
            await Send.ResultAsync(Problems.NotFound("The role"));
            return;
        }
        if (!ETags.Matches(req.IfMatch, role.Version))
        {
            await Send.ResultAsync(Problems.PreconditionFailed());
            return;
        }
        if (role.IsBuiltIn)
        {
            await Send.ResultAsync(Problems.Conflict("Built-in roles cannot be changed; create a custom role instead."));
            return;
        }
        var before = new { role.Name, role.Description, role.Permissions };
        if (req.Permissions is not null)
        {
            // Adding or removing a permission you lack would both be changing what you cannot grant.
            var changedPermissions = req.Permissions.Except(role.Permissions).Concat(role.Permissions.Except(req.Permissions));
            if (OrgRoles.NotHeld(changedPermissions, org.Permissions) is { Length: > 0 } lacking)
            {
                await Send.ResultAsync(Problems.Forbidden($"You cannot grant or revoke permissions you do not hold: {string.Join(", ", lacking)}."));
                return;
            }
            role.Permissions = req.Permissions.Distinct().Order(StringComparer.Ordinal).ToArray();
        }
        if (req.Name is not null && OrgRoles.Normalize(req.Name) != role.NormalizedName)
        {
            var name = req.Name.Trim();
            if (await db.Roles.AnyAsync(r => r.OrgId == req.OrgId && r.NormalizedName == OrgRoles.Normalize(name) && r.Id != role.Id, ct))
            {
                await Send.ResultAsync(Problems.Conflict($"A role named '{name}' already exists in this organisation.", "name"));
                return;
            }
            role.Name = name;
            role.NormalizedName = OrgRoles.Normalize(name);
        }
        if (req.Description is not null)
            role.Description = string.IsNullOrWhiteSpace(req.Description) ? null : req.Description.Trim();
        if (db.ChangeTracker.HasChanges())
        {
            role.UpdatedAt = DateTimeOffset.UtcNow;
            try
            {
                await audit.SaveAsync(new AuditEntry(AuditCategories.Permissions, "role.updated")
                {
                    OrgId = req.OrgId, TargetType = "role", TargetId = role.Id.ToString(),
                    Details = new { before, after = new { role.Name, role.Description, role.Permissions } },
                }, ct);
            }
            catch (DbUpdateConcurrencyException)
            {
                await Send.ResultAsync(Problems.PreconditionFailed());
                return;
            }
        }
        HttpContext.Response.Headers.ETag = ETags.For(role.Version);
        await Send.OkAsync(RoleResponse.From(role), ct);
    }
}

public sealed class DeleteRoleRequest
{
    [RouteParam] public Guid OrgId { get; set; }
    [RouteParam] public Guid RoleId { get; set; }
    [FromHeader("If-Match", IsRequired = false)] public string? IfMatch { get; set; }
}

/// <summary>Deletes a custom role that no member holds.</summary>
public sealed class DeleteRoleEndpoint(ClientStorDbContext db, CurrentOrg org, AuditLog audit) : Endpoint<DeleteRoleRequest>
{
    public override void Configure()
    {
        Delete("/api/v1/orgs/{orgId}/roles/{roleId}");
        this.RequireOrgPermission("roles.manage");
        Tags("Roles");
        Summary(s => s.Summary = "Delete a custom role");
        Description(b => b.Produces(204).WithMetadata(new ProblemResponses(404, 409, 412), new FreshReauthRequired()));
    }

    public override async Task HandleAsync(DeleteRoleRequest req, CancellationToken ct)
    {
        var role = await db.Roles.FirstOrDefaultAsync(r => r.Id == req.RoleId && r.OrgId == req.OrgId, ct);
        if (role is null)
        {
            await Send.ResultAsync(Problems.NotFound("The role"));
            return;
        }
        if (!ETags.Matches(req.IfMatch, role.Version))
        {
            await Send.ResultAsync(Problems.PreconditionFailed());
            return;
        }
        if (role.IsBuiltIn)
        {
            await Send.ResultAsync(Problems.Conflict("Built-in roles cannot be deleted."));
            return;
        }
        if (OrgRoles.NotHeld(role.Permissions, org.Permissions) is { Length: > 0 } lacking)
        {
            await Send.ResultAsync(Problems.Forbidden($"You cannot delete a role holding permissions you do not hold: {string.Join(", ", lacking)}."));
            return;
        }
        var members = await db.MembershipRoles.CountAsync(mr => mr.RoleId == role.Id, ct);
        if (members > 0)
        {
            await Send.ResultAsync(Problems.Conflict($"The role is assigned to {members} member(s); give them another role first."));
            return;
        }
        db.Roles.Remove(role);
        await audit.SaveAsync(new AuditEntry(AuditCategories.Permissions, "role.deleted")
        {
            OrgId = req.OrgId, TargetType = "role", TargetId = role.Id.ToString(),
            Details = new { before = new { role.Name, role.Permissions } },
        }, ct);
        await Send.NoContentAsync(ct);
    }
}
