using ClientStor.Api.Features.Orgs;

namespace ClientStor.Api.Features.Search;

public sealed class SearchRequest
{
    /// <summary>What to look for, 2 to 200 characters: part of a name, serial, MAC address (any notation), IP address, hostname, username, URL, email or phone number.</summary>
    [QueryParam] public string? Q { get; set; }
    /// <summary>Comma-separated types to search (default: all): <c>org</c>, <c>asset</c>, <c>credential</c>, <c>contact</c>, <c>location</c>, <c>subnet</c>, <c>ipAddress</c>, <c>vlan</c>, <c>rack</c>.</summary>
    [QueryParam] public string? Types { get; set; }
    /// <summary>Search one organisation only (404 if you cannot see it).</summary>
    [QueryParam] public Guid? OrgId { get; set; }
    /// <summary>Items per type, 1 to 50 (default 5).</summary>
    [QueryParam] public int? Limit { get; set; }
}

internal sealed class SearchValidator : Validator<SearchRequest>
{
    public SearchValidator()
    {
        RuleFor(x => x.Q).NotEmpty().WithMessage("q is required.");
        RuleFor(x => x.Q).Must(q => q!.Trim().Length is >= 2 and <= 200).When(x => !string.IsNullOrEmpty(x.Q)).WithMessage("q must be 2 to 200 characters.");
        RuleFor(x => x.Limit).InclusiveBetween(1, 50).WithMessage("limit must be between 1 and 50.");
        RuleFor(x => x.Types).MaximumLength(500).WithMessage("types must be at most 500 characters.");
    }
}

public sealed class SearchResponse
{
    /// <summary>The text searched for, trimmed.</summary>
    public required string Query { get; init; }
    /// <summary>One group per type searched, in a fixed order (organisations, assets, credentials, contacts, locations, subnets, IP addresses, VLANs, racks), empty ones included.</summary>
    public required List<SearchResultGroup> Groups { get; init; }
}

public sealed class SearchResultGroup
{
    public required string Type { get; init; }
    /// <summary>The group's heading (<c>Assets</c>).</summary>
    public required string Label { get; init; }
    /// <summary>The best matches first.</summary>
    public required List<SearchItem> Items { get; init; }
    /// <summary>True when more items matched than <c>limit</c>: narrow the text, or open the type's list in the organisation.</summary>
    public required bool HasMore { get; init; }
}

public sealed class SearchItem
{
    public required string Type { get; init; }
    public required Guid Id { get; init; }
    /// <summary>The organisation (client) the item belongs to; for an organisation, itself.</summary>
    public required Guid OrgId { get; init; }
    public required string OrgName { get; init; }
    public required string Title { get; init; }
    public string? Subtitle { get; init; }
    /// <summary>The item's field the text was found in (<c>name</c>, <c>serial</c>, <c>macAddress</c>, <c>ipAddress</c>, <c>username</c>...).</summary>
    public required string MatchedField { get; init; }
    /// <summary>That field's value.</summary>
    public string? MatchedText { get; init; }
    /// <summary>For a match inside long text (an article's body): the passage around it, plain text, with the matched words' ranges.</summary>
    public Snippet? Snippet { get; init; }
    /// <summary>For an IP address: its subnet; for an attached file: the article, asset or credential it is attached to.</summary>
    public Guid? ParentId { get; init; }
    /// <summary>What <see cref="ParentId"/> is: <c>subnet</c>, <c>article</c>, <c>asset</c> or <c>credential</c>.</summary>
    public string? ParentType { get; init; }
}

/// <summary>Global search across every organisation the caller can see, grouped by type, best matches first.</summary>
public sealed class SearchEndpoint(ClientStorDbContext db, CurrentActor actor, IEnumerable<ISearchProvider> providers) : Endpoint<SearchRequest, SearchResponse>
{
    public override void Configure()
    {
        Get("search");
        Group<SearchGroup>();
        this.RequireSignedIn();
        Summary(s =>
        {
            s.Summary = "Search everything you can read, across organisations";
            s.Description = "Finds organisations, assets (name, serial, MAC, IP address, hostname), credentials (name, username, URL; never a secret), " +
                "contacts, locations, subnets, IP addresses, VLANs, racks and knowledge-base articles (any part of the title, or words of the body) in every " +
                "organisation where the caller may read them: each type needs its " +
                "read permission there (assets.read, vault.read, ipam.read, docs.read; an API key also needs it as a scope). Ranked: the title equal to the text, " +
                "starting with it, a word starting with it, containing it, then another field containing it; ranking considers the first 10 × limit matches (at least 50) " +
                "of each type.";
        });
        Description(b => b.WithMetadata(new AllowApiKeys()));
    }

    public override async Task HandleAsync(SearchRequest req, CancellationToken ct)
    {
        var registry = providers.GroupBy(p => p.Type).OrderBy(g => g.First().Order).ToList();
        var wanted = ParseTypes(req.Types, registry.Select(g => g.Key).ToList());
        var orgs = await CallerOrgs.LoadAsync(actor, db, ct);
        if (req.OrgId is { } only && (!orgs.CanSee(only) || !await db.Orgs.AnyAsync(o => o.Id == only, ct)))
            throw new NotFoundException("The organisation");

        var limit = req.Limit ?? 5;
        var text = req.Q!.Trim();
        // Every provider's query in one statement (UNION ALL); each row goes back to the provider that produced it.
        var sources = new List<ISearchProvider>();
        IQueryable<SearchRow>? union = null;
        var types = registry.Where(g => wanted.Contains(g.Key)).ToList();
        foreach (var type in types)
        {
            foreach (var provider in type)
            {
                // Per provider: one type may be found under several permissions (files of articles, assets, credentials).
                var scope = orgs.With(provider.Permission);
                if (req.OrgId is { } orgId) scope = CallerOrgs.Narrow(scope, orgId);
                if (scope is not null && scope.Count == 0)
                    continue;
                var rows = provider.Query(new SearchQuery(text, scope, limit), sources.Count);
                sources.Add(provider);
                union = union is null ? rows : union.Concat(rows);
            }
        }
        var found = union is null ? [] : await union.ToListAsync(ct);
        var query = new SearchQuery(text, null, limit);
        var ranked = types.Select(type => (Type: type, Hits: SearchRanking.Rank(
            found.Where(r => sources[r.Source].Type == type.Key).Select(r => sources[r.Source].ToCandidate(r)), query))).ToList();

        var shownOrgs = ranked.SelectMany(r => r.Hits.Take(limit)).Select(h => h.Item.OrgId).Distinct().ToList();
        // Passages only for what is shown, and only where the match is inside long text.
        var snippets = new Dictionary<Guid, Snippet>();
        foreach (var (type, hits) in ranked)
            if (type.OfType<ISearchSnippets>().FirstOrDefault() is { } withSnippets &&
                hits.Take(limit).Where(h => h.Item.Matched is not null).Select(h => h.Item.Id).ToList() is { Count: > 0 } ids)
                foreach (var (id, snippet) in await withSnippets.SnippetsAsync(ids, text, ct))
                    snippets[id] = snippet;
        // The MSP knowledge base (hidden from lists of organisations) is named too.
        var names = await db.Orgs.IgnoreQueryFilters().Where(o => shownOrgs.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        await Send.OkAsync(new SearchResponse
        {
            Query = text,
            Groups = [.. ranked.Select(r => new SearchResultGroup
            {
                Type = r.Type.Key,
                Label = r.Type.First().Label,
                HasMore = r.Hits.Count > limit,
                Items = [.. r.Hits.Take(limit).Select(h => new SearchItem
                {
                    Type = r.Type.Key, Id = h.Item.Id, OrgId = h.Item.OrgId, OrgName = names.GetValueOrDefault(h.Item.OrgId, ""),
                    Title = h.Item.Title, Subtitle = h.Item.Subtitle, MatchedField = h.MatchedField,
                    MatchedText = snippets.TryGetValue(h.Item.Id, out var snippet) ? snippet.Text : h.MatchedText, Snippet = snippet, ParentId = h.Item.ParentId,
                    ParentType = h.Item.ParentType,
                })],
            })],
        }, ct);
    }

    private static HashSet<string> ParseTypes(string? types, IReadOnlyList<string> known)
    {
        if (string.IsNullOrWhiteSpace(types)) return [.. known];
        var asked = types.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var unknown = asked.Where(t => !known.Contains(t)).ToList();
        if (unknown.Count > 0)
            throw new FieldErrorsException("types", $"Unknown type(s): {string.Join(", ", unknown)}. Known: {string.Join(", ", known)}.");
        return [.. asked];
    }
}

/// <summary><c>/api/v1/search</c>.</summary>
public sealed class SearchGroup() : PlatformGroup("Search");
