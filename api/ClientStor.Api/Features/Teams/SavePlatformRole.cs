namespace ClientStor.Api.Features.Teams;

/// <summary>A platform role's fields; on update, omitted (null) fields stay as they are.</summary>
public sealed class SavePlatformRoleRequest
{
    [RouteParam(IsRequired = false)] public Guid? PlatformRoleId { get; set; }
    public string? Name { get; set; }
    public string? Description { get; set; }
    /// <summary>Permission names from <c>GET /api/v1/permissions</c>.</summary>
    public List<string>? Permissions { get; set; }

    internal async Task ApplyToAsync(ClientStorDbContext db, PlatformRole role, CancellationToken ct)
    {
        if (Name is not null && TeamNames.Normalize(Name) != role.NormalizedName)
        {
            var normalized = TeamNames.Normalize(Name);
            if (await db.PlatformRoles.AnyAsync(r => r.NormalizedName == normalized && r.Id != role.Id, ct))
                throw new ConflictException($"A platform role named '{Name.Trim()}' already exists.", "name");
            role.NormalizedName = normalized;
        }
        if (Name is not null) role.Name = Name.Trim();
        if (Description is not null) role.Description = string.IsNullOrWhiteSpace(Description) ? null : Description.Trim();
        if (Permissions is not null) role.Permissions = Permissions.Distinct().Order(StringComparer.Ordinal).ToArray();
    }
}

internal sealed class SavePlatformRoleValidator : Validator<SavePlatformRoleRequest>
{
    public SavePlatformRoleValidator()
    {
        TeamNames.NameRules(this, x => x.Name, required: false);
        RuleFor(x => x.Name).NotNull().When(x => x.PlatformRoleId is null).WithMessage("Give it a name.");
        RuleFor(x => x.Description).MaximumLength(1000);
        RuleForEach(x => x.Permissions).Must(p => PermissionCatalog.Exists(p)).WithMessage((_, p) => $"'{p}' is not a permission (see GET /api/v1/permissions).");
    }
}

/// <summary>Defines a platform role.</summary>
public sealed class CreatePlatformRoleEndpoint(ClientStorDbContext db, AuditedChanges changes) : Endpoint<SavePlatformRoleRequest, PlatformRoleResponse>
{
    public override void Configure()
    {
        Post("platform-roles");
        Group<TeamsGroup>();
        this.RequirePlatformAdmin();
        this.RequireFreshReauth();
        Summary(s => s.Summary = "Create a platform role");
        Description(b => b.Produces<PlatformRoleResponse>(201).WithMetadata(new ProblemResponses(409)));
    }

    public override async Task HandleAsync(SavePlatformRoleRequest req, CancellationToken ct)
    {
        var now = DateTimeOffset.UtcNow;
        var role = new PlatformRole { Id = Guid.CreateVersion7(), CreatedAt = now, UpdatedAt = now };
        await req.ApplyToAsync(db, role, ct);
        await changes.CreatedAsync(role, ct);
        await Send.CreatedAsync(role.Id, role.ToResponse(), ct);
    }
}
