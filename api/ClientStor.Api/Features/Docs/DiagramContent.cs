using System.IO.Compression;
using System.Text;
using System.Xml;
using AngleSharp.Html.Parser;

namespace ClientStor.Api.Features.Docs;

/// <summary>What a diagram's XML says: the text of its labels (HTML stripped) and the assets its shapes link to.</summary>
public sealed record DiagramFacts(string Labels, List<Guid> AssetIds);

/// <summary>
/// Reads draw.io files (<c>&lt;mxfile&gt;</c> with uncompressed or compressed pages, or a bare <c>&lt;mxGraphModel&gt;</c>) and
/// SVG previews without trusting them: no DTD, no external entity, no resolver, a size cap — an XML bomb or an XXE
/// payload is refused, never expanded. A shape links to an asset with a link <c>clientstor:asset/&lt;id&gt;</c> (draw.io's
/// "Edit Link") or a data property <c>clientstorAssetId="&lt;id&gt;"</c> ("Edit Data").
/// </summary>
public static class DiagramContent
{
    public const int MaxXml = 2_000_000;
    public const int MaxSvg = 4_000_000;
    public const int MaxLabels = 200_000;
    public const int MaxLinks = 200;
    /// <summary>The request body cap of create and update: both documents, with room for JSON escaping of markup.</summary>
    public const long MaxRequestBytes = 16L * 1024 * 1024;
    public const string AssetLinkPrefix = "clientstor:asset/";
    public const string AssetAttribute = "clientstorAssetId";

    private static readonly ThreadLocal<HtmlParser> Html = new(() => new HtmlParser());

    private static XmlReaderSettings Settings(int maxChars) => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersInDocument = maxChars * 2L,
        MaxCharactersFromEntities = 0,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = true,
    };

    /// <summary>The labels and asset links of a draw.io document, or the reason it is not one (a message for the <c>xml</c> field).</summary>
    public static (DiagramFacts? Facts, string? Error) Read(string xml)
    {
        if (xml.Length > MaxXml)
            return (null, $"A diagram's XML is at most {MaxXml:N0} characters.");
        var labels = new List<string>();
        var assets = new List<Guid>();
        try
        {
            var root = Walk(xml, labels, assets, expectFile: true);
            if (root is not ("mxfile" or "mxGraphModel"))
                return (null, "The XML is not a draw.io diagram (its root must be <mxfile> or <mxGraphModel>).");
        }
        catch (XmlException e)
        {
            return (null, "The diagram is not well-formed XML, or declares a DTD (refused): " + e.Message);
        }
        catch (FormatException)
        {
            return (null, "A compressed page of the diagram could not be decoded.");
        }
        catch (InvalidDataException)
        {
            return (null, "A compressed page of the diagram could not be decoded.");
        }
        var text = string.Join('\n', labels.Where(l => l.Length > 0).Distinct());
        if (text.Length > MaxLabels) text = text[..MaxLabels];
        return (new DiagramFacts(text, [.. assets.Distinct().Order()]), null);
    }

    /// <summary>Null when <paramref name="svg"/> is a well-formed SVG document (root <c>&lt;svg&gt;</c> in the SVG namespace, no DTD), else why not.</summary>
    public static string? CheckSvg(string svg)
    {
        if (svg.Length > MaxSvg)
            return $"An SVG preview is at most {MaxSvg:N0} characters.";
        try
        {
            using var reader = XmlReader.Create(new StringReader(svg), Settings(MaxSvg));
            if (reader.MoveToContent() != XmlNodeType.Element || reader.LocalName != "svg" || reader.NamespaceURI != "http://www.w3.org/2000/svg")
                return "The preview is not an SVG image (its root must be <svg xmlns=\"http://www.w3.org/2000/svg\">).";
            while (reader.Read()) { }
            return null;
        }
        catch (XmlException e)
        {
            return "The preview is not well-formed SVG, or declares a DTD (refused): " + e.Message;
        }
    }

    /// <summary>Reads one document, collecting labels and links; compressed pages (text of <c>&lt;diagram&gt;</c>) are read the same way. Returns the root's name.</summary>
    private static string Walk(string xml, List<string> labels, List<Guid> assets, bool expectFile)
    {
        using var reader = XmlReader.Create(new StringReader(xml), Settings(MaxXml));
        string? root = null;
        var inDiagram = false;
        while (reader.Read())
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element:
                    root ??= reader.LocalName;
                    inDiagram = reader.LocalName == "diagram" && !reader.IsEmptyElement;
                    if (reader.LocalName is "mxCell" or "object" or "UserObject")
                        Collect(reader, labels, assets);
                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA when inDiagram && expectFile && !string.IsNullOrWhiteSpace(reader.Value):
                    var page = Inflate(reader.Value.Trim());
                    var pageRoot = Walk(page, labels, assets, expectFile: false);
                    if (pageRoot != "mxGraphModel")
                        throw new XmlException("A compressed page does not hold an <mxGraphModel>.");
                    break;
                case XmlNodeType.EndElement:
                    inDiagram = false;
                    break;
            }
        }
        return root ?? throw new XmlException("The document is empty.");
    }

    private static void Collect(XmlReader reader, List<string> labels, List<Guid> assets)
    {
        // An <object>/<UserObject> carries the label and data of the <mxCell> inside it.
        var label = reader.LocalName == "mxCell" ? reader.GetAttribute("value") : reader.GetAttribute("label");
        if (!string.IsNullOrWhiteSpace(label))
            labels.Add(PlainText(label));
        if (reader.GetAttribute("tooltip") is { Length: > 0 } tooltip)
            labels.Add(PlainText(tooltip));
        if (reader.GetAttribute("link") is { } link && link.StartsWith(AssetLinkPrefix, StringComparison.OrdinalIgnoreCase))
            AddAsset(link[AssetLinkPrefix.Length..], assets);
        if (reader.GetAttribute(AssetAttribute) is { Length: > 0 } id)
            AddAsset(id, assets);
    }

    private static void AddAsset(string value, List<Guid> assets)
    {
        if (!Guid.TryParse(value.Trim(), out var id))
            throw new XmlException($"'{value}' is not an asset id (a shape links to an asset with {AssetLinkPrefix}<uuid>).");
        assets.Add(id);
    }

    /// <summary>A label as text: draw.io labels may be HTML (<c>html=1</c>); tags are dropped, entities decoded, whitespace folded.</summary>
    public static string PlainText(string label)
    {
        var text = label.Contains('<') || label.Contains('&') ? Html.Value!.ParseDocument(label).Body?.TextContent ?? "" : label;
        return string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>draw.io's compressed page: base64 of raw deflate of the URI-encoded XML.</summary>
    private static string Inflate(string data)
    {
        var bytes = Convert.FromBase64String(data);
        using var deflate = new DeflateStream(new MemoryStream(bytes), CompressionMode.Decompress);
        using var output = new MemoryStream();
        var buffer = new byte[81920];
        int n;
        while ((n = deflate.Read(buffer)) > 0)
        {
            output.Write(buffer, 0, n);
            if (output.Length > MaxXml * 2L)
                throw new InvalidDataException("A compressed page is too large.");
        }
        return Uri.UnescapeDataString(Encoding.UTF8.GetString(output.ToArray()));
    }
}
