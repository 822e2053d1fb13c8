namespace ClientStor.Api.Platform.Search;

/// <summary>
/// One kind of thing global search finds (assets, credentials, contacts...). Modules register theirs in their
/// <c>XModule</c> (<c>services.AddScoped&lt;ISearchProvider, AssetSearch&gt;()</c>); the search endpoint asks every
/// registered provider, so a new module (documents, tickets) plugs in without touching search. Several providers may
/// serve one type (assets by name, assets by IP address): their candidates are merged.
/// </summary>
/// <remarks>
/// A provider returns its query unexecuted, projected onto <see cref="SearchRow"/>: the endpoint runs the queries of every
/// provider as one statement (<c>UNION ALL</c>), one round trip instead of one per type, then hands each row back to the
/// provider that produced it (<see cref="ToCandidate"/>). So the projection must translate to SQL entirely: text columns
/// only, built in SQL (<c>x.Vid.ToString()</c>), anything else computed in <see cref="ToCandidate"/>.
/// </remarks>
public interface ISearchProvider
{
    /// <summary>The type's name in the API (<c>asset</c>, <c>credential</c>): the <c>types</c> filter and each group's <c>type</c>.</summary>
    string Type { get; }

    /// <summary>What a group is headed with (<c>Assets</c>).</summary>
    string Label { get; }

    /// <summary>
    /// The permission the caller needs in an organisation to find its items there, or null when seeing the organisation
    /// is enough (the organisations themselves). API keys also need it among their scopes.
    /// </summary>
    string? Permission { get; }

    /// <summary>Where groups are listed: lower first.</summary>
    int Order { get; }

    /// <summary>
    /// At most <see cref="SearchQuery.Candidates"/> items matching <paramref name="query"/> in <see cref="SearchQuery.OrgIds"/>
    /// (null: every organisation), not yet run, each row's <see cref="SearchRow.Source"/> set to <paramref name="source"/>.
    /// Never a secret: only what the type's list shows.
    /// </summary>
    IQueryable<SearchRow> Query(SearchQuery query, int source);

    /// <summary>One of this provider's rows as a candidate to rank.</summary>
    SearchCandidate ToCandidate(SearchRow row);
}

/// <summary>
/// A provider whose items match inside long text (an article's body): for the few items shown, it tells where, as a
/// short passage with the matched words marked.
/// </summary>
public interface ISearchSnippets
{
    /// <summary>Passages of the items <paramref name="ids"/> around what <paramref name="text"/> matched (items without one left out).</summary>
    Task<Dictionary<Guid, Snippet>> SnippetsAsync(IReadOnlyList<Guid> ids, string text, CancellationToken ct);
}

/// <summary>A passage of plain text (never HTML) and the ranges of it that matched: <c>[start, length]</c> pairs.</summary>
public sealed record Snippet(string Text, IReadOnlyList<int[]> Highlights)
{
    /// <summary>PostgreSQL's <c>ts_headline</c> marks matches with these (characters no article contains).</summary>
    public const char Start = '\u0002', Stop = '\u0003';

    /// <summary>The passage as <c>ts_headline</c> returns it with <see cref="Start"/>/<see cref="Stop"/> marks, made plain with ranges.</summary>
    public static Snippet FromMarked(string marked)
    {
        var text = new System.Text.StringBuilder(marked.Length);
        var highlights = new List<int[]>();
        var open = -1;
        foreach (var c in marked)
        {
            if (c == Start) open = text.Length;
            else if (c == Stop && open >= 0)
            {
                highlights.Add([open, text.Length - open]);
                open = -1;
            }
            else text.Append(char.IsControl(c) && c != '\n' ? ' ' : c);
        }
        return new Snippet(text.ToString().Trim('\n', ' '), highlights);
    }
}

/// <summary>
/// A found item as the database returns it: the same columns for every provider, so all of them run as one statement.
/// <see cref="A"/> to <see cref="E"/> mean what their provider says.
/// </summary>
public sealed class SearchRow
{
    public int Source { get; set; }
    public Guid Id { get; set; }
    public Guid OrgId { get; set; }
    public string Title { get; set; } = "";
    public string? A { get; set; }
    public string? B { get; set; }
    public string? C { get; set; }
    public string? D { get; set; }
    public string? E { get; set; }
}

/// <summary>What was asked, in the forms providers match with.</summary>
public sealed class SearchQuery
{
    /// <summary>The most matches per type a provider reads; ranking happens among them (see <see cref="SearchRanking"/>).</summary>
    public const int MaxCandidates = 200;

    /// <param name="limit">How many items per type the caller shows: providers read ten times as many candidates to rank
    /// (at least 50, at most <see cref="MaxCandidates"/>). Every candidate row costs the database and the API; a type-ahead
    /// showing five per type ranks among the first fifty matches.</param>
    public SearchQuery(string text, IReadOnlyList<Guid>? orgIds, int limit = MaxCandidates)
    {
        Candidates = Math.Clamp(limit * 10, 50, MaxCandidates);
        Text = text.Trim();
        Lower = Text.ToLowerInvariant();
        Contains = "%" + Like.Escape(Lower) + "%";
        OrgIds = orgIds;
    }

    /// <summary>The trimmed text as typed.</summary>
    public string Text { get; }
    /// <summary>Lower-cased: what search columns (lower-cased by the database) are compared with.</summary>
    public string Lower { get; }
    /// <summary>A LIKE pattern matching <see cref="Lower"/> anywhere (wildcards in the text escaped).</summary>
    public string Contains { get; }
    /// <summary>How many matches per type a provider reads at most.</summary>
    public int Candidates { get; }
    /// <summary>The organisations to search; null means every organisation.</summary>
    public IReadOnlyList<Guid>? OrgIds { get; }
}

/// <summary>A field of a found item that may have matched: its API name and value.</summary>
public sealed record SearchField(string Name, string? Value);

/// <summary>
/// A found item before ranking. <see cref="Fields"/> lists the searchable fields in the order they should be named as
/// the match (the title's field first). <see cref="Matched"/> names the match outright where the text is not simply
/// contained in a field (a MAC address written in another notation).
/// </summary>
public sealed record SearchCandidate(Guid Id, Guid OrgId, string Title, string? Subtitle, IReadOnlyList<SearchField> Fields, Guid? ParentId = null, SearchField? Matched = null,
    string? ParentType = null);
