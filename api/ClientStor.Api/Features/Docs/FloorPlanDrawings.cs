using System.Globalization;
using System.Text;
using System.Xml;
using SkiaSharp;

namespace ClientStor.Api.Features.Docs;

/// <summary>A drawing that cannot be used (422 unless said otherwise): the message says why, for the person who uploaded it.</summary>
public sealed class FloorPlanDrawingException(string message, int status = 422) : Exception(message)
{
    public int Status { get; } = status;
}

/// <summary>What an upload shows: the display (null: the upload itself), its size, and what was read from it.</summary>
public sealed record FloorPlanDrawing(byte[]? Display, string DisplayType, int Width, int Height, string SourceKind, List<FloorPlanRoom> Rooms,
    string? Floor, List<string> Floors);

/// <summary>
/// Turns an upload the upload guard accepted into a floor plan drawing: PNG, JPEG, WebP and GIF are shown as they are; an
/// SVG as it is (only ever through <c>&lt;img&gt;</c>, served under a sandboxing CSP); a PDF's first page rendered to PNG;
/// a MagicPlan export (its XML, or a ZIP holding it) drawn as SVG with its rooms.
/// </summary>
public sealed class FloorPlanDrawings(PdfPages pdfPages)
{
    public static readonly string[] Extensions = [".png", ".jpg", ".jpeg", ".gif", ".webp", ".svg", ".pdf", ".xml", ".zip"];
    public const int MaxSvgChars = 16 * 1024 * 1024;

    public async Task<FloorPlanDrawing> ReadAsync(Stream content, string fileName, string detectedType, int? floor, CancellationToken ct)
    {
        content.Position = 0;
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        switch (extension)
        {
            case ".png" or ".jpg" or ".jpeg" or ".gif" or ".webp":
                var (w, h) = ImageSize(content) ?? throw new FloorPlanDrawingException("The image could not be read.");
                return new FloorPlanDrawing(null, detectedType, w, h, "image", [], null, []);
            case ".svg":
                var (sw, sh) = SvgSize(content);
                return new FloorPlanDrawing(null, "image/svg+xml", sw, sh, "svg", [], null, []);
            case ".pdf":
                var png = await pdfPages.RenderFirstPageAsync(content, ct);
                using (var rendered = new MemoryStream(png))
                {
                    var (pw, ph) = ImageSize(rendered) ?? throw new FloorPlanDrawingException("The PDF could not be rendered.");
                    return new FloorPlanDrawing(png, "image/png", pw, ph, "pdf", [], null, []);
                }
            case ".xml" or ".zip":
                var plan = extension == ".zip" ? MagicPlanImport.ReadZip(content) : MagicPlanImport.Read(content);
                var floors = plan.Floors.Select(f => f.Name).ToList();
                var index = floor ?? 1;
                if (index < 1 || index > plan.Floors.Count)
                    throw new FloorPlanDrawingException(
                        $"The plan has {plan.Floors.Count} floor(s) with rooms: {string.Join(", ", floors.Select((f, i) => $"{i + 1} = {f}"))}. Choose one with ?floor=.");
                var chosen = plan.Floors[index - 1];
                var (svg, dw, dh, rooms) = MagicPlanImport.Draw(chosen, plan.Name is null ? chosen.Name : $"{plan.Name} · {chosen.Name}");
                return new FloorPlanDrawing(Encoding.UTF8.GetBytes(svg), "image/svg+xml", dw, dh, "magicplan", rooms, chosen.Name, floors);
            default:
                throw new FloorPlanDrawingException($"A floor plan is a PNG, JPEG, WebP, GIF, SVG or PDF file, or a MagicPlan export (.xml or .zip); not '{extension}'.");
        }
    }

    /// <summary>Width and height from the image's header (nothing is decoded).</summary>
    private static (int Width, int Height)? ImageSize(Stream content)
    {
        content.Position = 0;
        using var managed = new SKManagedStream(content, disposeManagedStream: false);
        using var codec = SKCodec.Create(managed);
        return codec is null || codec.Info.Width <= 0 || codec.Info.Height <= 0 ? null : (codec.Info.Width, codec.Info.Height);
    }

    /// <summary>The SVG's size from its viewBox (or width and height); it must be well-formed, without DTD, and rooted in <c>&lt;svg&gt;</c>.</summary>
    private static (int Width, int Height) SvgSize(Stream content)
    {
        try
        {
            using var reader = XmlReader.Create(content, new XmlReaderSettings
            {
                DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, MaxCharactersInDocument = MaxSvgChars, MaxCharactersFromEntities = 0,
            });
            if (reader.MoveToContent() != XmlNodeType.Element || reader.LocalName != "svg" || reader.NamespaceURI != "http://www.w3.org/2000/svg")
                throw new FloorPlanDrawingException("The file is not an SVG image (its root must be <svg xmlns=\"http://www.w3.org/2000/svg\">).");
            double? width = null, height = null;
            var viewBox = reader.GetAttribute("viewBox")?.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries);
            if (viewBox is { Length: 4 } && Length(viewBox[2]) is { } vw && Length(viewBox[3]) is { } vh)
                (width, height) = (vw, vh);
            else
                (width, height) = (Length(reader.GetAttribute("width")), Length(reader.GetAttribute("height")));
            while (reader.Read()) { }
            if (width is not { } fw || height is not { } fh || fw <= 0 || fh <= 0)
                throw new FloorPlanDrawingException("The SVG needs a viewBox (or a width and a height) so pins can be placed on it.");
            return ((int)Math.Max(1, Math.Round(fw)), (int)Math.Max(1, Math.Round(fh)));
        }
        catch (XmlException e)
        {
            throw new FloorPlanDrawingException("The SVG is not well-formed, or declares a DTD (refused): " + e.Message);
        }
    }

    /// <summary>A length's number ("210", "210mm", "100%": 100); null when there is none.</summary>
    private static double? Length(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
            return null;
        var digits = new string(value.Trim().TakeWhile(c => char.IsDigit(c) || c is '.' or '-' or '+' or 'e' or 'E').ToArray());
        return double.TryParse(digits, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v) && v < 1_000_000 ? v : null;
    }
}
