namespace ClientStor.Api.Features.Assets;

/// <summary>Global search over assets: name, serial, manufacturer, model, and a MAC address written any common way.</summary>
internal sealed class AssetSearch(ClientStorDbContext db) : ISearchProvider
{
    public string Type => "asset";
    public string Label => "Assets";
    public string? Permission => "assets.read";
    public int Order => 20;

    public IQueryable<SearchRow> Query(SearchQuery query, int source)
    {
        var found = Project(db.Assets.AsNoTracking().Matching(query), source, null);
        if (AssetTypes.NormalizeMac(query.Text) is { } mac)
        {
            var assets = db.Assets.AsNoTracking().Where(a => a.MacAddresses.Contains(mac));
            if (query.OrgIds is { } orgIds) assets = assets.Where(a => orgIds.Contains(a.OrgId));
            found = found.Concat(Project(assets.Take(query.Candidates), source, mac));
        }
        return found;
    }

    /// <summary>A: serial, B: manufacturer, C: model, D: type, E: the MAC address matched (the text in another notation).</summary>
    private static IQueryable<SearchRow> Project(IQueryable<Asset> assets, int source, string? mac) =>
        assets.Select(a => new SearchRow { Source = source, Id = a.Id, OrgId = a.OrgId, Title = a.Name, A = a.Serial, B = a.Manufacturer, C = a.Model, D = a.Type, E = mac });

    public SearchCandidate ToCandidate(SearchRow row) =>
        new(row.Id, row.OrgId, row.Title, Subtitle(row.D!, row.B, row.C),
            [new("name", row.Title), new("serial", row.A), new("manufacturer", row.B), new("model", row.C)], null,
            row.E is null ? null : new SearchField("macAddress", row.E));

    public static string Subtitle(string type, string? manufacturer, string? model) =>
        string.Join(" · ", new[] { type, string.Join(' ', new[] { manufacturer, model }.Where(s => !string.IsNullOrEmpty(s))) }.Where(s => s.Length > 0));
}
