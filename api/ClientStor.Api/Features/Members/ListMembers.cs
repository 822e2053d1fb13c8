using ClientStor.Api.Features.Roles;
using ClientStor.Api.Features.Users;

namespace ClientStor.Api.Features.Members;

public sealed class ListMembersRequest : IListRequest
{
    [QueryParam] public int? Limit { get; set; }
    [QueryParam] public string? Cursor { get; set; }
    /// <summary><c>createdAt</c> (default), <c>-</c> for descending.</summary>
    [QueryParam] public string? Sort { get; set; }
    /// <summary>Matches email or display name.</summary>
    [QueryParam] public string? Q { get; set; }
}

internal sealed class ListMembersValidator : Validator<ListMembersRequest>
{
    public static readonly SortCatalog<Membership> Sorts = new("createdAt",
        new SortKey<Membership, DateTimeOffset>("createdAt", m => m.CreatedAt, m => m.UserId));

    public ListMembersValidator()
    {
        Sorts.AddListRules(this);
        RuleFor(x => x.Q).MaximumLength(200);
    }
}

/// <summary>Members of the organisation with their roles and effective permissions.</summary>
public sealed class ListMembersEndpoint(ClientStorDbContext db, CurrentOrg org) : Endpoint<ListMembersRequest, Page<MemberResponse>>
{
    public override void Configure()
    {
        Get("members");
        Group<MembersGroup>();
        this.RequireOrgPermission("org.read");
        Summary(s => s.Summary = "List members");
    }

    public override async Task HandleAsync(ListMembersRequest req, CancellationToken ct)
    {
        var query = db.Memberships.AsNoTracking().Where(m => m.OrgId == org.Id);
        if (!string.IsNullOrWhiteSpace(req.Q))
        {
            var p = "%" + Like.Escape(req.Q.Trim()) + "%";
            query = query.Where(m => db.Set<User>().Any(u => u.Id == m.UserId && (EF.Functions.ILike(u.Email, p, "\\") || EF.Functions.ILike(u.DisplayName, p, "\\"))));
        }
        var page = await ListMembersValidator.Sorts.PageAsync(query, req, m => m.UserId, ct);
        var members = await Members.ReadManyAsync(db, org.Id, page.Items, ct);
        await Send.OkAsync(new Page<MemberResponse> { Items = members, NextCursor = page.NextCursor }, ct);
    }
}
