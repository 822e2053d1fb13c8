namespace ClientStor.Api.Features.Docs;

/// <summary>
/// The one writer of diagrams (the API, restores and the demo seed): checks the XML and the preview, reads the labels and
/// asset links from the XML, and adds a revision whenever the name, XML or preview changes, so history is never rewritten.
/// </summary>
public sealed class DiagramWriter(ClientStorDbContext db, ArticleWriter articles, CurrentActor actor)
{
    /// <summary>What a new diagram holds until the editor first saves it: one empty page.</summary>
    public const string EmptyXml =
        """<mxfile><diagram id="page-1" name="Page-1"><mxGraphModel><root><mxCell id="0"/><mxCell id="1" parent="0"/></root></mxGraphModel></diagram></mxfile>""";

    public const string EmptySvg = """<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1" viewBox="0 0 1 1"/>""";

    public Task<ArticleAuthor> CallerAsync(CancellationToken ct) => articles.CallerAsync(ct);

    /// <summary>
    /// Sets the name, XML and preview given (null: unchanged) and, when any changed, stages the next revision. Bad XML or SVG,
    /// and (when <paramref name="strictAssets"/>) a link to an asset not of the diagram's organisation, answer 400 on the
    /// field. A restore is not strict: links to assets deleted since drop out. Returns the revision staged, or null.
    /// </summary>
    public async Task<DiagramRevision?> ReviseAsync(Diagram diagram, string? name, string? xml, string? svg, string? summary, ArticleAuthor author,
        CancellationToken ct, int? restoredFrom = null, bool strictAssets = true)
    {
        var newName = name?.Trim() ?? diagram.Name;
        var newXml = xml ?? (diagram.Revision == 0 ? EmptyXml : diagram.Xml);
        var newSvg = svg ?? (diagram.Revision == 0 ? EmptySvg : diagram.Svg);
        if (diagram.Revision > 0 && newName == diagram.Name && newXml == diagram.Xml && newSvg == diagram.Svg)
            return null;
        var (facts, error) = DiagramContent.Read(newXml);
        if (facts is null)
            throw new FieldErrorsException("xml", error!);
        if (DiagramContent.CheckSvg(newSvg) is { } svgError)
            throw new FieldErrorsException("svg", svgError);
        if (facts.AssetIds.Count > DiagramContent.MaxLinks)
            throw new FieldErrorsException("xml", $"Link up to {DiagramContent.MaxLinks} assets from one diagram.");
        var assetIds = facts.AssetIds;
        if (assetIds.Count > 0)
        {
            var found = await db.Set<Assets.Asset>().AsNoTracking().Where(a => a.OrgId == diagram.OrgId && assetIds.Contains(a.Id)).Select(a => a.Id).ToListAsync(ct);
            var missing = assetIds.Except(found).ToList();
            if (missing.Count > 0 && strictAssets)
                throw new FieldErrorsException("xml", $"No asset with the id {missing[0]} in this organisation (a shape links to it).");
            assetIds = [.. assetIds.Intersect(found)];
        }
        var revision = new DiagramRevision
        {
            Id = Guid.CreateVersion7(), DiagramId = diagram.Id, OrgId = diagram.OrgId, Number = diagram.Revision + 1, Name = newName, Xml = newXml, Svg = newSvg,
            Summary = string.IsNullOrWhiteSpace(summary) ? null : summary.Trim(), RestoredFrom = restoredFrom, AuthorId = author.Id, AuthorName = author.Name,
            CreatedAt = DateTimeOffset.UtcNow,
        };
        diagram.Name = newName;
        diagram.Xml = newXml;
        diagram.Svg = newSvg;
        diagram.Labels = facts.Labels;
        diagram.AssetIds = assetIds;
        diagram.Revision = revision.Number;
        diagram.UpdatedById = author.Id;
        db.DiagramRevisions.Add(revision);
        return revision;
    }

    /// <summary>The diagram as the API answers it, its linked assets named when the caller may see assets.</summary>
    public async Task<DiagramResponse> ResponseAsync(Diagram diagram, CancellationToken ct)
    {
        var permissions = await actor.RouteOrgPermissionsAsync(diagram.OrgId, ct) ?? new HashSet<string>();
        List<DiagramAsset> assets = [];
        if (diagram.AssetIds.Count > 0 && permissions.Contains("assets.read"))
            assets = await db.Set<Assets.Asset>().AsNoTracking().Where(a => a.OrgId == diagram.OrgId && diagram.AssetIds.Contains(a.Id))
                .OrderBy(a => a.Name).Select(a => new DiagramAsset(a.Id, a.Name)).ToListAsync(ct);
        return diagram.ToResponse(assets);
    }
}
