namespace ClientStor.Api.Features.Docs;

/// <summary>Who wrote a revision.</summary>
public sealed record ArticleAuthor(Guid Id, string Name);

/// <summary>
/// The one writer of articles (the API, restores and the demo seed): renders the body, keeps the outgoing article links,
/// and adds a revision whenever the title or body changes, so history is never rewritten.
/// </summary>
public sealed class ArticleWriter(ClientStorDbContext db, ArticleRenderer renderer, CurrentActor actor)
{
    /// <summary>The caller as an author: a person's display name, or an API key's name.</summary>
    public async Task<ArticleAuthor> CallerAsync(CancellationToken ct)
    {
        if (await actor.UserAsync(ct) is { } user)
            return new ArticleAuthor(user.Id, user.DisplayName);
        if (await actor.KeyAsync(ct) is { } key)
            return new ArticleAuthor(key.Id, "API key " + key.Name);
        throw new InvalidOperationException("An article is written by a signed-in caller.");
    }

    /// <summary>
    /// Sets the title and body given (null: unchanged); when either changed, renders the body and stages the next revision.
    /// With <paramref name="publish"/> false the article stays as it is and the revision waits for review (a draft on the
    /// published revision). Returns the revision staged, or null when the text stayed the same.
    /// </summary>
    public ArticleRevision? Revise(Article article, string? title, string? body, string? summary, ArticleAuthor author, int? restoredFrom = null,
        bool publish = true)
    {
        var newTitle = title?.Trim() ?? article.Title;
        var newBody = body ?? article.Body;
        if (article.Revision > 0 && newTitle == article.Title && newBody == article.Body)
            return null;
        var revision = new ArticleRevision
        {
            Id = Guid.CreateVersion7(), ArticleId = article.Id, OrgId = article.OrgId, Number = ++article.RevisionCount, Title = newTitle, Body = newBody,
            Summary = string.IsNullOrWhiteSpace(summary) ? null : summary.Trim(), RestoredFrom = restoredFrom, AuthorId = author.Id, AuthorName = author.Name,
            CreatedAt = DateTimeOffset.UtcNow,
            Status = publish ? ArticleRevisionStatus.Published : ArticleRevisionStatus.Pending, BaseRevision = publish ? null : article.Revision,
        };
        if (publish)
            Publish(article, revision, author);
        db.ArticleRevisions.Add(revision);
        return revision;
    }

    /// <summary>Makes <paramref name="revision"/> the article's text: rendered, its links kept, its number the published one.</summary>
    public void Publish(Article article, ArticleRevision revision, ArticleAuthor author)
    {
        var rendered = renderer.Render(revision.Body, article.OrgId);
        article.Title = revision.Title;
        article.Body = revision.Body;
        article.Html = rendered.Html;
        article.LinkedArticleIds = rendered.LinkedArticleIds;
        article.Revision = revision.Number;
        article.UpdatedById = author.Id;
        revision.Status = ArticleRevisionStatus.Published;
    }

    /// <summary>
    /// Whether a save by the caller publishes at once: always, unless the organisation requires review, the article is
    /// already published and the caller does not hold <c>docs.publish</c>.
    /// </summary>
    public async Task<bool> PublishesAsync(Article article, CancellationToken ct)
    {
        if (article.Revision == 0)
            return true;
        // IgnoreQueryFilters: the MSP knowledge base is an organisation row no list sees, but its articles are saved like any.
        var review = await db.Set<Orgs.Org>().IgnoreQueryFilters().Where(o => o.Id == article.OrgId).Select(o => o.DocsReviewRequired).FirstAsync(ct);
        return !review || await CanPublishAsync(article.OrgId, ct);
    }

    public async Task<bool> CanPublishAsync(Guid orgId, CancellationToken ct) =>
        (await actor.RouteOrgPermissionsAsync(orgId, ct))?.Contains("docs.publish") == true;

    /// <summary>The names of what the article links to that the caller may see, and the articles linking to it.</summary>
    public async Task<(List<LinkedItem> Items, List<LinkedItem> From)> LinksAsync(Article article, IReadOnlySet<string> permissions, bool created, CancellationToken ct)
    {
        var items = new List<LinkedItem>();
        if (article.AssetIds.Count > 0 && permissions.Contains("assets.read"))
            items.AddRange(await db.Set<Assets.Asset>().AsNoTracking().Where(a => a.OrgId == article.OrgId && article.AssetIds.Contains(a.Id))
                .Select(a => new LinkedItem("asset", a.Id, a.Name)).ToListAsync(ct));
        if (article.CredentialIds.Count > 0 && permissions.Contains("vault.read"))
            items.AddRange(await db.Set<Vault.Credential>().AsNoTracking().Where(c => c.OrgId == article.OrgId && article.CredentialIds.Contains(c.Id))
                .Select(c => new LinkedItem("credential", c.Id, c.Name)).ToListAsync(ct));
        if (article.ContactIds.Count > 0 && permissions.Contains("assets.read"))
            items.AddRange(await db.Set<Contacts.Contact>().AsNoTracking().Where(c => c.OrgId == article.OrgId && article.ContactIds.Contains(c.Id))
                .Select(c => new LinkedItem("contact", c.Id, c.Name)).ToListAsync(ct));
        // Nothing links to an article created this instant.
        var from = created ? [] : await db.Articles.AsNoTracking().Where(a => a.OrgId == article.OrgId && a.LinkedArticleIds.Contains(article.Id))
            .OrderBy(a => a.Title).Take(100).Select(a => new LinkedItem("article", a.Id, a.Title)).ToListAsync(ct);
        return ([.. items.OrderBy(i => i.Type, StringComparer.Ordinal).ThenBy(i => i.Name, StringComparer.OrdinalIgnoreCase)], from);
    }

    /// <summary>The article as the API answers it, with its links named for the caller (<paramref name="created"/>: just now).</summary>
    public async Task<ArticleResponse> ResponseAsync(Article article, CancellationToken ct, bool created = false)
    {
        var permissions = await actor.RouteOrgPermissionsAsync(article.OrgId, ct) ?? new HashSet<string>();
        var (items, from) = await LinksAsync(article, permissions, created, ct);
        var pending = created ? [] : await db.ArticleRevisions.AsNoTracking()
            .Where(r => r.OrgId == article.OrgId && r.ArticleId == article.Id && r.Status == ArticleRevisionStatus.Pending)
            .OrderBy(r => r.Number).Take(50).ToListAsync(ct);
        return article.ToResponse(items, from, [.. pending.Select(DocsMapper.ToResponse)]);
    }
}
