using System.Reflection;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace ClientStor.Api.Platform.OpenApi;

/// <summary>Reads &lt;summary&gt; doc comments from the API's XML documentation file, when it was built.</summary>
internal static class XmlDocs
{
    private static readonly Lazy<Dictionary<string, string>> Members = new(Load);

    public static string? Summary(PropertyInfo prop) =>
        Members.Value.GetValueOrDefault($"P:{prop.DeclaringType!.FullName!.Replace('+', '.')}.{prop.Name}");

    private static Dictionary<string, string> Load()
    {
        var path = Path.ChangeExtension(typeof(XmlDocs).Assembly.Location, ".xml");
        if (!File.Exists(path))
            return [];
        var doc = System.Xml.Linq.XDocument.Load(path);
        return doc.Descendants("member")
            .Where(m => m.Attribute("name") is not null && m.Element("summary") is not null)
            .ToDictionary(m => m.Attribute("name")!.Value,
                m => Regex.Replace(string.Concat(m.Element("summary")!.Nodes().Select(n => n is System.Xml.Linq.XElement e ? (e.Attribute("langword")?.Value ?? e.Value) : n.ToString())), @"\s+", " ").Trim());
    }
}
