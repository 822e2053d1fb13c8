
namespace ClientStor.Api.Features.Orgs;

public sealed class OrgResponse : IHasEtag
{
    public required Guid Id { get; set; }
    public required string Name { get; set; }
    public required string Slug { get; set; }
    /// <summary><c>active</c> or <c>archived</c>.</summary>
    public required string Status { get; set; }
    public required string? Notes { get; set; }
    /// <summary>Changes to published articles by people without <c>docs.publish</c> become drafts awaiting review.</summary>
    public required bool DocsReviewRequired { get; set; }
    public required DateTimeOffset CreatedAt { get; set; }
    public required DateTimeOffset UpdatedAt { get; set; }
    public required string Etag { get; set; }
}
