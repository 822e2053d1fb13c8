using NpgsqlTypes;

namespace ClientStor.Api.Features.Attachments;

/// <summary>
/// Global search over attached files of one kind of parent (one provider per kind, each under that parent's read
/// permission, all of type <c>attachment</c>): any part of the file name (trigram), or words of the name and of the text
/// of text-like files (full text). A: the parent's id, B: the parent's title, C: "name" when the name matched.
/// </summary>
internal sealed class AttachmentSearch(ClientStorDbContext db, AttachmentParent parent) : ISearchProvider
{
    public string Type => "attachment";
    public string Label => "Files";
    public string? Permission => parent.Read;
    public int Order => 38;

    public IQueryable<SearchRow> Query(SearchQuery query, int source)
    {
        var ofParent = db.Attachments.AsNoTracking().Where(a => a.ParentType == parent.Type);
        var byName = Project(ofParent.Matching(query), source, "name");
        var rows = query.OrgIds is { } orgIds ? ofParent.Where(a => orgIds.Contains(a.OrgId)) : ofParent;
        var text = query.Text;
        var byWords = Project(rows.Where(a => EF.Property<NpgsqlTsVector>(a, "SearchVector").Matches(EF.Functions.WebSearchToTsQuery("english", text)))
            .Take(query.Candidates), source, null);
        return byName.Concat(byWords);
    }

    /// <summary>Each row with its parent's id and title (every branch assigns every column: the union needs one shape).</summary>
    private IQueryable<SearchRow> Project(IQueryable<Attachment> rows, int source, string? matched) => parent.Type switch
    {
        "article" => rows.Select(a => new SearchRow
        {
            Source = source, Id = a.Id, OrgId = a.OrgId, Title = a.FileName, A = a.ArticleId!.Value.ToString(),
            B = db.Set<Docs.Article>().Where(p => p.Id == a.ArticleId).Select(p => p.Title).FirstOrDefault(), C = matched, D = null, E = null,
        }),
        "asset" => rows.Select(a => new SearchRow
        {
            Source = source, Id = a.Id, OrgId = a.OrgId, Title = a.FileName, A = a.AssetId!.Value.ToString(),
            B = db.Set<Assets.Asset>().Where(p => p.Id == a.AssetId).Select(p => p.Name).FirstOrDefault(), C = matched, D = null, E = null,
        }),
        _ => rows.Select(a => new SearchRow
        {
            Source = source, Id = a.Id, OrgId = a.OrgId, Title = a.FileName, A = a.CredentialId!.Value.ToString(),
            B = db.Set<Vault.Credential>().Where(p => p.Id == a.CredentialId).Select(p => p.Name).FirstOrDefault(), C = matched, D = null, E = null,
        }),
    };

    public SearchCandidate ToCandidate(SearchRow row) =>
        new(row.Id, row.OrgId, row.Title, $"{char.ToUpperInvariant(parent.Display[0])}{parent.Display[1..]} · {row.B}", [new SearchField("fileName", row.Title)],
            Guid.Parse(row.A!), Matched: row.C is null ? new SearchField("content", null) : null, ParentType: parent.Type);
}
