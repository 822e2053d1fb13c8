namespace ClientStor.Api.Features.Teams;

/// <summary>A platform role's fields; on update, omitted (null) fields stay as they are.</summary>
public sealed class SavePlatformRoleRequest
{
    [RouteParam(IsRequired = false)] public Guid? PlatformRoleId { get; set; }
    public string? Name { get; set; }
    public string? Description { get; set; }
    /// <summary>Permission names from <c>GET /api/v1/permissions</c>.</summary>
    public List<string>? Permissions { get; set; }
    /// <summary>Minutes a fresh re-authentication lasts for the role's holders, 1 to 30 (omitted: the platform's default, or unchanged).</summary>
    public int? ReauthWindowMinutes { get; set; }
    /// <summary><c>true</c> on update: the role goes back to the platform's default window (5 minutes).</summary>
    public bool? ClearReauthWindow { get; set; }

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
        if (ReauthWindowMinutes is not null) role.ReauthWindowMinutes = ReauthWindowMinutes;
        if (ClearReauthWindow == true) role.ReauthWindowMinutes = null;
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
        ReauthWindows.AddRule(this, x => x.ReauthWindowMinutes);
        RuleFor(x => x.ClearReauthWindow).Must(c => c != true).When(x => x.ReauthWindowMinutes is not null)
            .WithMessage("Give either reauthWindowMinutes or clearReauthWindow, not both.");
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
