using ClientStor.Api.Platform.Http;

namespace ClientStor.Api.Features.Roles;

public sealed class UpdateRoleRequest
{
    [RouteParam] public Guid RoleId { get; set; }
    public string? Name { get; set; }
    public string? Description { get; set; }
    /// <summary>Replaces the role's permissions.</summary>
    public List<string>? Permissions { get; set; }
    /// <summary>
    /// Minutes a fresh re-authentication lasts for the role's holders, 1 to 30 (omitted: unchanged). The one setting a
    /// built-in role takes.
    /// </summary>
    public int? ReauthWindowMinutes { get; set; }
    /// <summary><c>true</c>: the role goes back to the platform's default window (5 minutes).</summary>
    public bool? ClearReauthWindow { get; set; }
}

internal sealed class UpdateRoleValidator : Validator<UpdateRoleRequest>
{
    public UpdateRoleValidator()
    {
        RuleFor(x => x.Name).NotEmpty().WithMessage("The name cannot be empty.")
            .MaximumLength(100).WithMessage("The name must be at most 100 characters.").When(x => x.Name is not null);
        RuleFor(x => x.Description).MaximumLength(1000).WithMessage("The description must be at most 1,000 characters.");
        RuleFor(x => x.Permissions).Must(p => p!.Count > 0).WithMessage("Choose at least one permission.")
            .Must(p => p!.All(PermissionCatalog.Exists))
            .WithMessage(r => $"Unknown permission(s): {string.Join(", ", r.Permissions!.Where(p => !PermissionCatalog.Exists(p)))}.")
            .When(x => x.Permissions is not null);
        ReauthWindows.AddRule(this, x => x.ReauthWindowMinutes);
        RuleFor(x => x.ClearReauthWindow).Must(c => c != true).When(x => x.ReauthWindowMinutes is not null)
            .WithMessage("Give either reauthWindowMinutes or clearReauthWindow, not both.");
    }
}

/// <summary>
/// Renames a custom role or replaces its permissions, or sets a role's re-authentication window (built-in roles take only
/// that); members get the change on their next request.
/// </summary>
public sealed class UpdateRoleEndpoint(ClientStorDbContext db, AuditedChanges changes, CurrentOrg org) : Endpoint<UpdateRoleRequest, RoleResponse>
{
    public override void Configure()
    {
        Patch("roles/{roleId}");
        Group<RolesGroup>();
        this.RequireOrgPermission("roles.manage");
        this.RequireFreshReauth();
        Summary(s => s.Summary = "Update a custom role");
        Description(b => b.WithMetadata(new ProblemResponses(409)));
    }

    public override async Task HandleAsync(UpdateRoleRequest req, CancellationToken ct)
    {
        var role = await db.Roles.FindInOrgAsync(org.Id, req.RoleId, ct);
        HttpContext.CheckIfMatch(role);
        if (role.IsBuiltIn && (req.Name is not null || req.Description is not null || req.Permissions is not null))
            throw new ConflictException("Built-in roles cannot be renamed or given other permissions (only their re-authentication window can be set); create a custom role instead.");
        if (req.Permissions is not null)
        {
            if (OrgRoles.NotHeld(OrgRoles.Changed(role.Permissions, req.Permissions), org.Permissions) is { Length: > 0 } lacking)
                throw OrgRoles.Refused("grant or revoke", lacking);
            role.Permissions = req.Permissions.Distinct().Order(StringComparer.Ordinal).ToArray();
        }
        if (req.Name is not null && OrgRoles.Normalize(req.Name) != role.NormalizedName)
            await OrgRoles.EnsureNameFreeAsync(db, org.Id, req.Name, role.Id, ct);
        if (req.Name is not null)
        {
            role.Name = req.Name.Trim();
            role.NormalizedName = OrgRoles.Normalize(role.Name);
        }
        if (req.Description is not null)
            role.Description = string.IsNullOrWhiteSpace(req.Description) ? null : req.Description.Trim();
        if (req.ReauthWindowMinutes is not null) role.ReauthWindowMinutes = req.ReauthWindowMinutes;
        if (req.ClearReauthWindow == true) role.ReauthWindowMinutes = null;
        await OrgRoles.SaveUniqueAsync(() => changes.UpdatedAsync(role, ct), role.Name);
        await Send.ResourceAsync(role.ToResponse(), ct);
    }
}
