namespace ClientStor.Api.Platform.Http;

/// <summary>Entity tags from row versions, and the If-Match check every PATCH and DELETE makes.</summary>
public static class ETags
{
    public static string For(uint version) => $"\"{version}\"";

    /// <summary>True when there is no If-Match, or it is <c>*</c>, or it lists the current etag.</summary>
    public static bool Matches(string? ifMatch, uint version)
    {
        if (string.IsNullOrWhiteSpace(ifMatch) || ifMatch.Trim() == "*")
            return true;
        var current = For(version);
        return ifMatch.Split(',').Select(t => t.Trim()).Any(t => t == current || t == "W/" + current);
    }
}
