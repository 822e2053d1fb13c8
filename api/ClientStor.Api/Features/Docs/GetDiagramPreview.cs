using System.Text;

namespace ClientStor.Api.Features.Docs;

public sealed class GetDiagramPreviewRequest
{
    [RouteParam] public Guid DiagramId { get; set; }
}

/// <summary>
/// The diagram's SVG preview as an image (<c>image/svg+xml</c>). Show it only through <c>&lt;img&gt;</c> (where nothing in
/// it runs); the response forbids sniffing and, should it be opened as a document, scripts and every fetch (CSP sandbox).
/// </summary>
public sealed class GetDiagramPreviewEndpoint(ClientStorDbContext db, CurrentOrg org) : Endpoint<GetDiagramPreviewRequest>
{
    public override void Configure()
    {
        Get("docs/diagrams/{diagramId}/preview");
        Group<DocsGroup>();
        this.RequireOrgPermission("docs.read");
        Summary(s => s.Summary = "Get a diagram's SVG preview");
        Description(b => b.Produces(200, typeof(string), DiagramPreview.ContentType));
    }

    public override async Task HandleAsync(GetDiagramPreviewRequest req, CancellationToken ct)
    {
        var svg = await db.Diagrams.AsNoTracking().Where(d => d.OrgId == org.Id && d.Id == req.DiagramId).Select(d => d.Svg).FirstOrDefaultAsync(ct)
            ?? throw new NotFoundException(ResourceInfo.Of<Diagram>().Title);
        await DiagramPreview.SendAsync(HttpContext, svg, $"diagram-{req.DiagramId}.svg", ct);
    }
}

internal static class DiagramPreview
{
    public const string ContentType = "image/svg+xml";

    /// <summary>No script, no fetch, no plugin even when opened as a page; styles inline only (draw.io's SVG carries them).</summary>
    public const string Policy = "default-src 'none'; style-src 'unsafe-inline'; sandbox";

    public static async Task SendAsync(HttpContext http, string svg, string fileName, CancellationToken ct)
    {
        var response = http.Response;
        response.StatusCode = 200;
        response.ContentType = ContentType + "; charset=utf-8";
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.ContentSecurityPolicy = Policy;
        response.Headers.ContentDisposition = $"inline; filename=\"{fileName}\"";
        var bytes = Encoding.UTF8.GetBytes(svg);
        response.ContentLength = bytes.Length;
        await response.Body.WriteAsync(bytes, ct);
    }
}
