namespace ClientStor.Api.Features.Assets;

/// <summary>Global search over assets: name, serial, manufacturer, model, and a MAC address written any common way.</summary>
internal sealed class AssetSearch(ClientStorDbContext db) : ISearchProvider
{
    public string Type => "asset";
    public string Label => "Assets";
    public string? Permission => "assets.read";
    public int Order => 20;

    public async Task<List<SearchCandidate>> FindAsync(SearchQuery query, CancellationToken ct)
    {
        var found = await Project(db.Assets.AsNoTracking().Matching(query), null).ToListAsync(ct);
        if (AssetTypes.NormalizeMac(query.Text) is { } mac)
        {
            var assets = db.Assets.AsNoTracking().Where(a => a.MacAddresses.Contains(mac));
            if (query.OrgIds is { } orgIds) assets = assets.Where(a => orgIds.Contains(a.OrgId));
            found.AddRange(await Project(assets.Take(query.Candidates), mac).ToListAsync(ct));
        }
        return found;
    }

    private static IQueryable<SearchCandidate> Project(IQueryable<Asset> assets, string? mac) =>
        assets.Select(a => new SearchCandidate(a.Id, a.OrgId, a.Name, Subtitle(a.Type, a.Manufacturer, a.Model),
            Fields(a.Name, a.Serial, a.Manufacturer, a.Model), null, mac == null ? null : new SearchField("macAddress", mac)));

    public static string Subtitle(string type, string? manufacturer, string? model) =>
        string.Join(" · ", new[] { type, string.Join(' ', new[] { manufacturer, model }.Where(s => !string.IsNullOrEmpty(s))) }.Where(s => s.Length > 0));

    private static SearchField[] Fields(string name, string? serial, string? manufacturer, string? model) =>
        [new("name", name), new("serial", serial), new("manufacturer", manufacturer), new("model", model)];
}
