
namespace ClientStor.Api.Features.Roles;

public sealed class CreateRoleRequest
{
    public string Name { get; set; } = "";
    public string? Description { get; set; }
    /// <summary>Permission names from <c>GET /api/v1/permissions</c>.</summary>
    public List<string> Permissions { get; set; } = [];
    /// <summary>Minutes a fresh re-authentication lasts for the role's holders, 1 to 30; omit it for the platform's default (5 minutes).</summary>
    public int? ReauthWindowMinutes { get; set; }
}

internal sealed class CreateRoleValidator : Validator<CreateRoleRequest>
{
    public CreateRoleValidator()
    {
        RuleFor(x => x.Name).NotEmpty().WithMessage("Enter the role's name.")
            .MaximumLength(100).WithMessage("The name must be at most 100 characters.");
        RuleFor(x => x.Description).MaximumLength(1000).WithMessage("The description must be at most 1,000 characters.");
        RuleFor(x => x.Permissions).NotEmpty().WithMessage("Choose at least one permission.")
            .Must(p => p.All(PermissionCatalog.Exists))
            .WithMessage(r => $"Unknown permission(s): {string.Join(", ", r.Permissions.Where(p => !PermissionCatalog.Exists(p)))}.");
        ReauthWindows.AddRule(this, x => x.ReauthWindowMinutes);
    }
}

/// <summary>Creates a custom role. Nobody can put a permission they lack into a role (403).</summary>
public sealed class CreateRoleEndpoint(ClientStorDbContext db, AuditedChanges changes, CurrentOrg org) : Endpoint<CreateRoleRequest, RoleResponse>
{
    public override void Configure()
    {
        Post("roles");
        Group<RolesGroup>();
        this.RequireOrgPermission("roles.manage");
        this.RequireFreshReauth();
        Summary(s => s.Summary = "Create a custom role");
        Description(b => b.Produces<RoleResponse>(201).WithMetadata(new ProblemResponses(409)));
    }

    public override async Task HandleAsync(CreateRoleRequest req, CancellationToken ct)
    {
        if (OrgRoles.NotHeld(req.Permissions, org.Permissions) is { Length: > 0 } lacking)
            throw OrgRoles.Refused("grant", lacking);
        var name = req.Name.Trim();
        await OrgRoles.EnsureNameFreeAsync(db, org.Id, name, null, ct);
        var now = DateTimeOffset.UtcNow;
        var role = new Role
        {
            Id = Guid.CreateVersion7(), OrgId = org.Id, Name = name, NormalizedName = OrgRoles.Normalize(name),
            Description = string.IsNullOrWhiteSpace(req.Description) ? null : req.Description.Trim(),
            Permissions = req.Permissions.Distinct().Order(StringComparer.Ordinal).ToArray(), ReauthWindowMinutes = req.ReauthWindowMinutes,
            CreatedAt = now, UpdatedAt = now,
        };
        await OrgRoles.SaveUniqueAsync(() => changes.CreatedAsync(role, ct), name);
        await Send.CreatedAsync(role.Id, role.ToResponse(), ct);
    }
}
