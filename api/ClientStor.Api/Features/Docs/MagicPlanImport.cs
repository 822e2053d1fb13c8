using System.Globalization;
using System.IO.Compression;
using System.Security;
using System.Text;
using System.Xml;

namespace ClientStor.Api.Features.Docs;

/// <summary>A room of a MagicPlan floor: its name (the room type), area (m²), perimeter (m) and corners in metres.</summary>
public sealed record MagicPlanRoom(string Name, double? Area, double? Perimeter, IReadOnlyList<(double X, double Y)> Corners);

public sealed record MagicPlanFloor(string Name, IReadOnlyList<MagicPlanRoom> Rooms);

public sealed record MagicPlanPlan(string? Name, IReadOnlyList<MagicPlanFloor> Floors);

/// <summary>
/// Reads MagicPlan's Plan Exchange XML (root <c>&lt;plan&gt;</c>; <c>&lt;floor floorType&gt;</c> elements holding
/// <c>&lt;floorRoom type x y area perimeter&gt;</c> rooms whose <c>&lt;point snappedX snappedY&gt;</c> corners are in
/// metres from the room's x, y), directly or from a ZIP export, and draws a floor as SVG. The XML reader refuses any DTD
/// (so no entity, internal or external, is expanded) and bounds the document's size.
/// </summary>
public static class MagicPlanImport
{
    public const int MaxXmlChars = 16 * 1024 * 1024;
    private const double PixelsPerMetre = 100;
    private const double Margin = 40;
    private const double ScaleBarSpace = 50;

    private static XmlReaderSettings Settings() => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersInDocument = MaxXmlChars,
        MaxCharactersFromEntities = 0,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = true,
    };

    /// <summary>The plan in a ZIP export: its first XML file whose root is <c>&lt;plan&gt;</c>.</summary>
    public static MagicPlanPlan ReadZip(Stream zipStream)
    {
        try
        {
            using var zip = new ZipArchive(zipStream, ZipArchiveMode.Read, leaveOpen: true);
            foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) && e.Length <= MaxXmlChars))
            {
                using var entryStream = entry.Open();
                using var buffer = new MemoryStream();
                entryStream.CopyTo(buffer);
                buffer.Position = 0;
                if (RootName(buffer) == "plan")
                {
                    buffer.Position = 0;
                    return Read(buffer);
                }
            }
        }
        catch (InvalidDataException)
        {
            throw new FloorPlanDrawingException("The ZIP file could not be read.");
        }
        throw new FloorPlanDrawingException("The ZIP file holds no MagicPlan plan (an XML file whose root is <plan>).");
    }

    private static string? RootName(Stream xml)
    {
        try
        {
            using var reader = XmlReader.Create(xml, Settings());
            return reader.MoveToContent() == XmlNodeType.Element ? reader.LocalName : null;
        }
        catch (XmlException)
        {
            return null;
        }
    }

    /// <summary>The plan's floors and rooms; <see cref="FloorPlanDrawingException"/> when it is not a MagicPlan plan or not safe XML.</summary>
    public static MagicPlanPlan Read(Stream xml)
    {
        try
        {
            using var reader = XmlReader.Create(xml, Settings());
            if (reader.MoveToContent() != XmlNodeType.Element || reader.LocalName != "plan")
                throw new FloorPlanDrawingException("This is not a MagicPlan plan export (its root element must be <plan>).");
            var planName = reader.GetAttribute("name");
            var floors = new List<MagicPlanFloor>();
            List<MagicPlanRoom>? rooms = null;
            string? floorName = null;
            (string Name, double? Area, double? Perimeter, double X, double Y, List<(double, double)> Corners)? room = null;
            var roomDepth = -1;
            var floorDepth = -1;
            void EndRoom()
            {
                if (room is { } r && rooms is not null && r.Corners.Count >= 3)
                    rooms.Add(new MagicPlanRoom(r.Name, r.Area, r.Perimeter, r.Corners));
                room = null;
                roomDepth = -1;
            }
            void EndFloor()
            {
                EndRoom();
                if (rooms is not null)
                    floors.Add(new MagicPlanFloor(floorName!, rooms));
                rooms = null;
                floorDepth = -1;
            }
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.EndElement)
                {
                    if (reader.Depth == roomDepth && reader.LocalName == "floorRoom") EndRoom();
                    else if (reader.Depth == floorDepth && reader.LocalName == "floor") EndFloor();
                    continue;
                }
                if (reader.NodeType != XmlNodeType.Element)
                    continue;
                switch (reader.LocalName)
                {
                    case "floor" when rooms is null:
                        floorName = FloorName(reader, floors.Count);
                        rooms = [];
                        floorDepth = reader.Depth;
                        if (reader.IsEmptyElement) EndFloor();
                        break;
                    case "floorRoom" when rooms is not null && room is null:
                        if (rooms.Count >= FloorPlanRules.MaxRooms)
                            throw new FloorPlanDrawingException($"A floor has more than {FloorPlanRules.MaxRooms} rooms.");
                        var name = Clip(reader.GetAttribute("type") ?? reader.GetAttribute("name") ?? "Room");
                        room = (name, Number(reader, "area"), Number(reader, "perimeter"), Number(reader, "x") ?? 0, Number(reader, "y") ?? 0, []);
                        roomDepth = reader.Depth;
                        if (reader.IsEmptyElement) EndRoom();
                        break;
                    case "point" when room is { } r:
                        if (Number(reader, "snappedX") is { } px && Number(reader, "snappedY") is { } py && r.Corners.Count < 1000)
                            r.Corners.Add((r.X + px, r.Y + py));
                        break;
                }
            }
            EndFloor();
            if (floors.Count == 0 || floors.All(f => f.Rooms.Count == 0))
                throw new FloorPlanDrawingException("The MagicPlan plan has no floor with rooms (<floor> elements holding <floorRoom> with <point> corners).");
            return new MagicPlanPlan(planName is null ? null : Clip(planName), floors.Where(f => f.Rooms.Count > 0).ToList());
        }
        catch (XmlException e)
        {
            throw new FloorPlanDrawingException("The MagicPlan export is not well-formed XML, or declares a DTD (refused): " + e.Message);
        }
    }

    private static string FloorName(XmlReader reader, int index)
    {
        if (reader.GetAttribute("name") is { Length: > 0 } name)
            return Clip(name);
        return reader.GetAttribute("floorType") switch
        {
            "0" => "Ground floor",
            "-1" => "Basement",
            { } t when int.TryParse(t, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n > 0 => $"Floor {n}",
            _ => $"Floor {index + 1}",
        };
    }

    private static string Clip(string s)
    {
        s = new string(s.Where(c => !char.IsControl(c)).ToArray()).Trim();
        return s.Length <= FloorPlanRules.MaxLabel ? s : s[..FloorPlanRules.MaxLabel];
    }

    private static double? Number(XmlReader reader, string attribute) =>
        double.TryParse(reader.GetAttribute(attribute), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v) && Math.Abs(v) < 100_000 ? v : null;

    /// <summary>
    /// An SVG of the floor: each room's outline, name and area, and a scale bar; with the rooms' outlines as fractions of
    /// the drawing (so the viewer can make them clickable). Every text is escaped.
    /// </summary>
    public static (string Svg, int Width, int Height, List<FloorPlanRoom> Rooms) Draw(MagicPlanFloor floor, string? title)
    {
        var corners = floor.Rooms.SelectMany(r => r.Corners).ToList();
        var (minX, maxX, minY, maxY) = (corners.Min(c => c.X), corners.Max(c => c.X), corners.Min(c => c.Y), corners.Max(c => c.Y));
        var width = (int)Math.Ceiling(Math.Max(1, maxX - minX) * PixelsPerMetre + 2 * Margin);
        // Text sized to the drawing, so it stays readable when the viewer scales a large plan down to the page.
        var font = Math.Clamp(width / 55.0, 16, 48);
        var top = Margin + font * 1.4;
        var height = (int)Math.Ceiling(Math.Max(1, maxY - minY) * PixelsPerMetre + top + Margin + ScaleBarSpace + font);
        (double X, double Y) Px((double X, double Y) c) => (Margin + (c.X - minX) * PixelsPerMetre, top + (c.Y - minY) * PixelsPerMetre);
        static string F(double v) => v.ToString("0.##", CultureInfo.InvariantCulture);

        var svg = new StringBuilder();
        svg.Append($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" font-family=\"Helvetica, Arial, sans-serif\">");
        svg.Append($"<rect width=\"{width}\" height=\"{height}\" fill=\"#ffffff\"/>");
        if (title is not null)
            svg.Append($"<text x=\"{F(Margin)}\" y=\"{F(Margin / 2 + font)}\" font-size=\"{F(font)}\" font-weight=\"bold\" fill=\"#334155\">{SecurityElement.Escape(title)}</text>");
        string[] fills = ["#e0f2fe", "#dcfce7", "#fef9c3", "#fce7f3", "#ede9fe", "#ffedd5", "#e2e8f0"];
        var rooms = new List<FloorPlanRoom>();
        foreach (var (room, i) in floor.Rooms.Select((r, i) => (r, i)))
        {
            var points = room.Corners.Select(Px).ToList();
            svg.Append($"<polygon points=\"{string.Join(' ', points.Select(p => F(p.X) + "," + F(p.Y)))}\" fill=\"{fills[i % fills.Length]}\" stroke=\"#334155\" stroke-width=\"4\" stroke-linejoin=\"round\"/>");
            var (cx, cy) = (points.Average(p => p.X), points.Average(p => p.Y));
            svg.Append($"<text x=\"{F(cx)}\" y=\"{F(cy)}\" font-size=\"{F(font)}\" text-anchor=\"middle\" fill=\"#0f172a\">{SecurityElement.Escape(room.Name)}</text>");
            if (room.Area is { } area)
                svg.Append($"<text x=\"{F(cx)}\" y=\"{F(cy + font * 1.2)}\" font-size=\"{F(font * 0.8)}\" text-anchor=\"middle\" fill=\"#475569\">{F(Math.Round(area, 1, MidpointRounding.AwayFromZero))} m²</text>");
            rooms.Add(new FloorPlanRoom
            {
                Name = room.Name, Area = room.Area is { } a ? Math.Round(a, 2) : null, Perimeter = room.Perimeter is { } p ? Math.Round(p, 2) : null,
                Polygon = points.Select(p => new FloorPlanPoint { X = Math.Round(p.X / width, 5), Y = Math.Round(p.Y / height, 5) }).ToList(),
            });
        }
        // Scale bar: a whole number of metres, about a fifth of the plan's width.
        var metres = Math.Max(1, Math.Floor((maxX - minX) / 5));
        var barY = height - Margin - font / 2;
        var barEnd = Margin + metres * PixelsPerMetre;
        svg.Append($"<g stroke=\"#0f172a\" stroke-width=\"3\"><line x1=\"{F(Margin)}\" y1=\"{F(barY)}\" x2=\"{F(barEnd)}\" y2=\"{F(barY)}\"/>");
        svg.Append($"<line x1=\"{F(Margin)}\" y1=\"{F(barY - 8)}\" x2=\"{F(Margin)}\" y2=\"{F(barY + 8)}\"/><line x1=\"{F(barEnd)}\" y1=\"{F(barY - 8)}\" x2=\"{F(barEnd)}\" y2=\"{F(barY + 8)}\"/></g>");
        svg.Append($"<text x=\"{F(barEnd + 10)}\" y=\"{F(barY + font * 0.3)}\" font-size=\"{F(font * 0.8)}\" fill=\"#0f172a\">{F(metres)} m</text>");
        svg.Append("</svg>");
        return (svg.ToString(), width, height, rooms);
    }
}
