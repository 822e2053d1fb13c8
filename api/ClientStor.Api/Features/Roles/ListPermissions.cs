
namespace ClientStor.Api.Features.Roles;

public sealed class PermissionInfo
{
    public required string Name { get; set; }
    public required string Description { get; set; }
}

public sealed class PermissionModule
{
    public required string Module { get; set; }
    public required IReadOnlyList<PermissionInfo> Permissions { get; set; }
}

public sealed class PermissionCatalogResponse
{
    public required IReadOnlyList<PermissionModule> Modules { get; set; }
}

/// <summary>The permission catalog, grouped by module, for role editors and API-key scope pickers.</summary>
public sealed class ListPermissionsEndpoint : EndpointWithoutRequest<PermissionCatalogResponse>
{
    public override void Configure()
    {
        Get("permissions");
        Group<PermissionsGroup>();
        this.RequireSignedIn();
        Summary(s => s.Summary = "List every permission, grouped by module");
        Description(b => b.WithMetadata(new AllowApiKeys()));
    }

    public override Task HandleAsync(CancellationToken ct) =>
        Send.OkAsync(new PermissionCatalogResponse
        {
            Modules = PermissionCatalog.All.GroupBy(p => p.Module).Select(g => new PermissionModule
            {
                Module = g.Key,
                Permissions = g.Select(p => new PermissionInfo { Name = p.Name, Description = p.Description }).ToList(),
            }).ToList(),
        }, ct);
}
