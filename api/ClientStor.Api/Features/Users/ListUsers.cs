
namespace ClientStor.Api.Features.Users;

public sealed class ListUsersRequest : IListRequest
{
    [QueryParam] public int? Limit { get; set; }
    [QueryParam] public string? Cursor { get; set; }
    /// <summary><c>email</c> (default) or <c>createdAt</c>, <c>-</c> for descending.</summary>
    [QueryParam] public string? Sort { get; set; }
    /// <summary>Matches email or display name.</summary>
    [QueryParam] public string? Q { get; set; }
    /// <summary>true or false.</summary>
    [QueryParam] public bool? Active { get; set; }
}

internal static class UserSorts
{
    public static readonly SortCatalog<User> Catalog = new("email",
        new SortKey<User, string>("email", u => u.NormalizedEmail, u => u.Id),
        new SortKey<User, DateTimeOffset>("createdAt", u => u.CreatedAt, u => u.Id));
}

internal sealed class ListUsersValidator : Validator<ListUsersRequest>
{
    public ListUsersValidator()
    {
        UserSorts.Catalog.AddListRules(this);
        RuleFor(x => x.Q).MaximumLength(200);
    }
}

/// <summary>Every user account (platform administration).</summary>
public sealed class ListUsersEndpoint(ClientStorDbContext db) : Endpoint<ListUsersRequest, Page<UserResponse>>
{
    public override void Configure()
    {
        Get("users");
        Group<UsersGroup>();
        this.RequirePlatformAdmin();
        Summary(s => s.Summary = "List users");
    }

    public override async Task HandleAsync(ListUsersRequest req, CancellationToken ct)
    {
        var query = db.Users.AsNoTracking();
        if (req.Active is { } active) query = query.Where(u => u.IsActive == active);
        if (!string.IsNullOrWhiteSpace(req.Q))
        {
            var p = "%" + Like.Escape(req.Q.Trim()) + "%";
            query = query.Where(u => EF.Functions.ILike(u.Email, p, "\\") || EF.Functions.ILike(u.DisplayName, p, "\\"));
        }
        await Send.OkAsync(await UserSorts.Catalog.PageAsync(query, req, UserMapper.ToResponse, ct), ct);
    }
}
