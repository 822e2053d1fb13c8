namespace ClientStor.Api.Platform.Data;

/// <summary>Tags as every module stores them: trimmed, blanks dropped, each once (case-insensitively), in alphabetical order.</summary>
public static class TagList
{
    public static List<string> Normalize(IEnumerable<string> tags) =>
        [.. tags.Select(t => t.Trim()).Where(t => t.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase)];
}
