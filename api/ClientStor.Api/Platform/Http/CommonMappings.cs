namespace ClientStor.Api.Platform.Http;

/// <summary>Conversions every module's Mapperly mapper shares (<c>[UseStaticMapper(typeof(CommonMappings))]</c>).</summary>
public static class CommonMappings
{
    /// <summary>A row version as the etag a response carries.</summary>
    public static string Etag(uint version) => ETags.For(version);
}
