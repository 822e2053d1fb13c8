
namespace ClientStor.Api.Features.Roles;

public sealed class ListRolesRequest : IListRequest
{
    /// <summary>Page size, 1 to 500 (default 50).</summary>
    [QueryParam] public int? Limit { get; set; }
    [QueryParam] public string? Cursor { get; set; }
    /// <summary><c>name</c> (default) or <c>createdAt</c>, <c>-</c> for descending.</summary>
    [QueryParam] public string? Sort { get; set; }
}

internal sealed class ListRolesValidator : Validator<ListRolesRequest>
{
    public static readonly SortCatalog<Role> Sorts = new("name",
        new SortKey<Role, string>("name", r => r.NormalizedName, r => r.Id),
        new SortKey<Role, DateTimeOffset>("createdAt", r => r.CreatedAt, r => r.Id));

    public ListRolesValidator() => Sorts.AddListRules(this);
}

/// <summary>The organisation's roles, built-in and custom.</summary>
public sealed class ListRolesEndpoint(ClientStorDbContext db, CurrentOrg org) : Endpoint<ListRolesRequest, Page<RoleResponse>>
{
    public override void Configure()
    {
        Get("roles");
        Group<RolesGroup>();
        this.RequireOrgPermission("org.read");
        Summary(s => s.Summary = "List roles");
    }

    public override async Task HandleAsync(ListRolesRequest req, CancellationToken ct) =>
        await Send.OkAsync(await ListRolesValidator.Sorts.PageAsync(db.Roles.AsNoTracking().Where(r => r.OrgId == org.Id), req, RoleMapper.ToResponse, ct), ct);
}
