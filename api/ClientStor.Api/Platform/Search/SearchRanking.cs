namespace ClientStor.Api.Platform.Search;

/// <summary>A ranked search result: the candidate, what matched, and how well.</summary>
public sealed record RankedHit(SearchCandidate Item, int Rank, string MatchedField, string? MatchedText);

/// <summary>
/// Orders a type's candidates: the title equal to the text, then the title starting with it, then a word of the title
/// starting with it, then the title containing it, then another field containing it; within a rank, shorter titles
/// first, then alphabetically. The matched field is the first of the candidate's fields that contains the text.
/// </summary>
public static class SearchRanking
{
    public const int Exact = 0, Prefix = 1, WordPrefix = 2, TitleContains = 3, OtherField = 4;

    public static List<RankedHit> Rank(IEnumerable<SearchCandidate> candidates, SearchQuery query) =>
        candidates
            .Select(c => Score(c, query.Lower))
            .GroupBy(h => h.Item.Id)
            .Select(g => g.MinBy(h => h.Rank)!) // found by two providers (name and IP address): the better match
            .OrderBy(h => h.Rank)
            .ThenBy(h => h.Item.Title.Length)
            .ThenBy(h => h.Item.Title, StringComparer.OrdinalIgnoreCase)
            .ThenBy(h => h.Item.Id)
            .ToList();

    private static RankedHit Score(SearchCandidate item, string text)
    {
        var title = item.Title.ToLowerInvariant();
        var rank = title == text ? Exact
            : title.StartsWith(text, StringComparison.Ordinal) ? Prefix
            : WordStarts(title, text) ? WordPrefix
            : title.Contains(text, StringComparison.Ordinal) ? TitleContains
            : OtherField;
        var field = item.Matched ?? item.Fields.FirstOrDefault(f => f.Value is not null && f.Value.Contains(text, StringComparison.OrdinalIgnoreCase))
            ?? item.Fields.FirstOrDefault(f => f.Value is not null) ?? new SearchField("title", item.Title);
        return new RankedHit(item, rank, field.Name, field.Value);
    }

    private static bool WordStarts(string title, string text)
    {
        for (var i = title.IndexOf(text, StringComparison.Ordinal); i > 0; i = title.IndexOf(text, i + 1, StringComparison.Ordinal))
            if (!char.IsLetterOrDigit(title[i - 1])) return true;
        return false;
    }
}
