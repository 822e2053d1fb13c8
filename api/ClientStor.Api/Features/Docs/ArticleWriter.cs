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
    /// Returns the revision staged, or null when the text stayed the same.
    /// </summary>
    public ArticleRevision? Revise(Article article, string? title, string? body, string? summary, ArticleAuthor author, int? restoredFrom = null)
    {
        var newTitle = title?.Trim() ?? article.Title;
        var newBody = body ?? article.Body;
        if (article.Revision > 0 && newTitle == article.Title && newBody == article.Body)
            return null;
        var rendered = renderer.Render(newBody, article.OrgId);
        article.Title = newTitle;
        article.Body = newBody;
        article.Html = rendered.Html;
        article.LinkedArticleIds = rendered.LinkedArticleIds;
        article.Revision++;
        article.UpdatedById = author.Id;
        var revision = new ArticleRevision
        {
            Id = Guid.CreateVersion7(), ArticleId = article.Id, OrgId = article.OrgId, Number = article.Revision, Title = newTitle, Body = newBody,
            Summary = string.IsNullOrWhiteSpace(summary) ? null : summary.Trim(), RestoredFrom = restoredFrom, AuthorId = author.Id, AuthorName = author.Name,
            CreatedAt = DateTimeOffset.UtcNow,
        };
        db.ArticleRevisions.Add(revision);
        return revision;
    }

    /// <summary>The names of what the article links to that the caller may see, and the articles linking to it.</summary>
    public async Task<(List<LinkedItem> Items, List<LinkedItem> From)> LinksAsync(Article article, IReadOnlySet<string> permissions, CancellationToken ct)
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
        var from = await db.Articles.AsNoTracking().Where(a => a.OrgId == article.OrgId && a.LinkedArticleIds.Contains(article.Id))
            .OrderBy(a => a.Title).Take(100).Select(a => new LinkedItem("article", a.Id, a.Title)).ToListAsync(ct);
        return ([.. items.OrderBy(i => i.Type, StringComparer.Ordinal).ThenBy(i => i.Name, StringComparer.OrdinalIgnoreCase)], from);
    }

    /// <summary>The article as the API answers it, with its links named for the caller.</summary>
    public async Task<ArticleResponse> ResponseAsync(Article article, CancellationToken ct)
    {
        var permissions = await actor.RouteOrgPermissionsAsync(article.OrgId, ct) ?? new HashSet<string>();
        var (items, from) = await LinksAsync(article, permissions, ct);
        return article.ToResponse(items, from);
    }
}
