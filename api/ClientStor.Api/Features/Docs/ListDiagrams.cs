using NpgsqlTypes;

namespace ClientStor.Api.Features.Docs;

public sealed class ListDiagramsRequest : SearchListRequest
{
    /// <summary>Only the diagrams directly in this folder.</summary>
    [QueryParam] public Guid? FolderId { get; set; }
    /// <summary>Only diagrams in no folder.</summary>
    [QueryParam] public bool? Unfiled { get; set; }
    /// <summary>Only diagrams whose shapes link to this asset.</summary>
    [QueryParam] public Guid? AssetId { get; set; }
}

internal sealed class ListDiagramsValidator : Validator<ListDiagramsRequest>
{
    public static readonly SortCatalog<DiagramListRow> Sorts = new("name",
        new SortKey<DiagramListRow, string>("name", d => d.Name, d => d.Id),
        new SortKey<DiagramListRow, DateTimeOffset>("updatedAt", d => d.UpdatedAt, d => d.Id));

    public ListDiagramsValidator() => Sorts.AddSearchListRules(this);
}

/// <summary>
/// The organisation's diagrams, without their XML. <c>q</c> matches words of the name or of the shapes' labels (PostgreSQL
/// full text, web search syntax) or any part of the name.
/// </summary>
public sealed class ListDiagramsEndpoint(ClientStorDbContext db, CurrentOrg org) : Endpoint<ListDiagramsRequest, Page<DiagramSummaryResponse>>
{
    public override void Configure()
    {
        Get("docs/diagrams");
        Group<DocsGroup>();
        this.RequireOrgPermission("docs.read");
        Summary(s => s.Summary = "List diagrams");
    }

    public override async Task HandleAsync(ListDiagramsRequest req, CancellationToken ct)
    {
        var query = db.Diagrams.AsNoTracking().Where(d => d.OrgId == org.Id);
        if (req.FolderId is { } folder) query = query.Where(d => d.FolderId == folder);
        if (req.Unfiled == true) query = query.Where(d => d.FolderId == null);
        if (req.AssetId is { } asset) query = query.Where(d => d.AssetIds.Contains(asset));
        if (!string.IsNullOrWhiteSpace(req.Q))
        {
            var text = req.Q.Trim();
            var contains = "%" + Like.Escape(text) + "%";
            query = query.Where(d => EF.Property<NpgsqlTsVector>(d, "SearchVector").Matches(EF.Functions.WebSearchToTsQuery("english", text))
                || EF.Functions.ILike(d.Name, contains, "\\"));
        }
        var rows = query.Select(d => new DiagramListRow
        {
            Id = d.Id, FolderId = d.FolderId, Name = d.Name, Revision = d.Revision, AssetCount = d.AssetIds.Count, CreatedAt = d.CreatedAt, UpdatedAt = d.UpdatedAt,
            Version = d.Version,
        });
        await Send.OkAsync(await ListDiagramsValidator.Sorts.PageAsync(rows, req, DocsMapper.ToSummary, ct), ct);
    }
}
