using ClientStor.Api.Platform.Http;
using System.Security.Cryptography;
using ClientStor.Api.Platform.Files;
using ClientStor.Api.Platform.Uploads;

namespace ClientStor.Api.Features.Docs;

/// <summary>
/// The one writer of floor plans (the API, restores and the demo seed): checks pins against the organisation, stores a
/// new drawing's files, and adds a revision for every new drawing or pin list, so history is never rewritten.
/// </summary>
public sealed class FloorPlanWriter(ClientStorDbContext db, ArticleWriter articles, CurrentActor actor, FileUploads uploads, AuditedChanges changes)
{
    public Task<ArticleAuthor> CallerAsync(CancellationToken ct) => articles.CallerAsync(ct);

    /// <summary>The plan with its current pins, tracked, or 404.</summary>
    public Task<FloorPlan> FindAsync(Guid orgId, Guid id, CancellationToken ct) =>
        db.FloorPlans.Include(p => p.Pins).FindInOrgAsync(orgId, id, ct);

    /// <summary>
    /// The pins with every item checked to be the organisation's. Strict (an edit): a missing or foreign item answers 400 on
    /// <c>pins[i].field</c>. Not strict (a restore): pins of items deleted since drop out, a drop's gone port is untied.
    /// </summary>
    public async Task<List<FloorPlanPinData>> CheckPinsAsync(Guid orgId, IReadOnlyList<FloorPlanPinData> pins, bool strict, CancellationToken ct)
    {
        var assetIds = Ids(pins, p => p.AssetId);
        var rackIds = Ids(pins, p => p.RackId);
        var portIds = Ids(pins, p => p.PatchPanelPortId);
        var assets = assetIds.Count == 0 ? [] : (await db.Set<Assets.Asset>().AsNoTracking().Where(a => a.OrgId == orgId && assetIds.Contains(a.Id)).Select(a => a.Id).ToListAsync(ct)).ToHashSet();
        var racks = rackIds.Count == 0 ? [] : (await db.Set<Racks.Rack>().AsNoTracking().Where(r => r.OrgId == orgId && rackIds.Contains(r.Id)).Select(r => r.Id).ToListAsync(ct)).ToHashSet();
        var ports = portIds.Count == 0 ? [] : (await db.Set<Racks.PatchPort>().AsNoTracking().Where(p => p.OrgId == orgId && portIds.Contains(p.Id)).Select(p => p.Id).ToListAsync(ct)).ToHashSet();
        var errors = new Dictionary<string, string[]>();
        var kept = new List<FloorPlanPinData>();
        foreach (var (pin, i) in pins.Select((p, i) => (p, i)))
        {
            string? Missing(Guid? id, HashSet<Guid> found, string field, string noun) =>
                id is { } v && !found.Contains(v) ? (errors[$"pins[{i}].{field}"] = [$"No {noun} with the id {v} in this organisation (pin {i + 1})."])[0] : null;
            var gone = Missing(pin.AssetId, assets, "assetId", "asset") ?? Missing(pin.RackId, racks, "rackId", "rack");
            var portGone = Missing(pin.PatchPanelPortId, ports, "patchPanelPortId", "patch panel port");
            if (strict || gone is not null)
                continue;
            kept.Add(new FloorPlanPinData
            {
                Kind = pin.Kind, X = pin.X, Y = pin.Y, Label = Blank(pin.Label), AssetId = pin.AssetId, RackId = pin.RackId,
                PatchPanelPortId = portGone is null ? pin.PatchPanelPortId : null, Room = Blank(pin.Room),
            });
        }
        if (strict && errors.Count > 0)
            throw new FieldErrorsException(errors);
        return strict ? pins.Select(p => new FloorPlanPinData
        {
            Kind = p.Kind, X = p.X, Y = p.Y, Label = Blank(p.Label), AssetId = p.AssetId, RackId = p.RackId, PatchPanelPortId = p.PatchPanelPortId, Room = Blank(p.Room),
        }).ToList() : kept;
    }

    private static List<Guid> Ids(IEnumerable<FloorPlanPinData> pins, Func<FloorPlanPinData, Guid?> id) => pins.Select(id).OfType<Guid>().Distinct().ToList();

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    /// <summary>
    /// Stages the next revision: the drawing of <paramref name="drawing"/> (a revision whose files and rooms it shows) and
    /// the pins given, which become the plan's current pins.
    /// </summary>
    public FloorPlanRevision Stage(FloorPlan plan, FloorPlanRevision drawing, List<FloorPlanPinData> pins, string? summary, ArticleAuthor author,
        int? restoredFrom = null)
    {
        var revision = new FloorPlanRevision
        {
            Id = Guid.CreateVersion7(), FloorPlanId = plan.Id, OrgId = plan.OrgId, Number = plan.Revision + 1,
            Summary = string.IsNullOrWhiteSpace(summary) ? null : summary.Trim(), RestoredFrom = restoredFrom, AuthorId = author.Id, AuthorName = author.Name,
            CreatedAt = DateTimeOffset.UtcNow, OriginalFileId = drawing.OriginalFileId, OriginalFileName = drawing.OriginalFileName, DisplayFileId = drawing.DisplayFileId,
            DisplayType = drawing.DisplayType, Width = drawing.Width, Height = drawing.Height, SourceKind = drawing.SourceKind, Floor = drawing.Floor,
            Floors = [.. drawing.Floors], Rooms = drawing.Rooms, Pins = pins,
        };
        plan.Revision = revision.Number;
        plan.SourceKind = revision.SourceKind;
        plan.UpdatedById = author.Id;
        var names = string.Join('\n', revision.Rooms.Select(r => r.Name).Distinct());
        plan.RoomNames = names.Length <= FloorPlanRules.MaxRoomNames ? names : names[..FloorPlanRules.MaxRoomNames];
        var current = plan.Pins.Select(p => p.ToData()).ToList();
        if (!Same(current, pins))
        {
            plan.Pins.Clear();
            plan.Pins.AddRange(pins.Select((p, i) => new FloorPlanPin
            {
                Id = Guid.CreateVersion7(), OrgId = plan.OrgId, FloorPlanId = plan.Id, Position = i, Kind = p.Kind, X = p.X, Y = p.Y, Label = p.Label,
                AssetId = p.AssetId, RackId = p.RackId, PatchPanelPortId = p.PatchPanelPortId, Room = p.Room,
            }));
        }
        db.Add(revision);
        return revision;
    }

    private static bool Same(List<FloorPlanPinData> a, List<FloorPlanPinData> b) =>
        a.Count == b.Count && a.Zip(b).All(x => System.Text.Json.JsonSerializer.Serialize(x.First) == System.Text.Json.JsonSerializer.Serialize(x.Second));

    /// <summary>The revision the plan shows now, or null before its first drawing.</summary>
    public Task<FloorPlanRevision?> CurrentRevisionAsync(FloorPlan plan, CancellationToken ct) => plan.Revision == 0
        ? Task.FromResult<FloorPlanRevision?>(null)
        : db.FloorPlanRevisions.AsNoTracking().FirstOrDefaultAsync(r => r.OrgId == plan.OrgId && r.FloorPlanId == plan.Id && r.Number == plan.Revision, ct);

    /// <summary>
    /// Stores a checked upload (and its rendering) and stages the revision showing it with the current pins, then saves
    /// it all with the <c>floor_plan.drawing_replaced</c> row in one transaction. False when the quota cannot hold the files.
    /// </summary>
    public async Task<FloorPlanRevision?> ReplaceDrawingAsync(FloorPlan plan, Stream original, string sha256, string originalType, string fileName,
        FloorPlanDrawing drawing, string? summary, ArticleAuthor author, CancellationToken ct)
    {
        var own = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        StoredFile? originalFile = null, displayFile = null;
        try
        {
            originalFile = await uploads.StoreAsync(original, sha256, plan.OrgId, originalType, ct);
            if (originalFile is not null && drawing.Display is { } bytes)
            {
                using var display = new MemoryStream(bytes);
                displayFile = await uploads.StoreAsync(display, Convert.ToHexStringLower(SHA256.HashData(bytes)), plan.OrgId, drawing.DisplayType, ct);
            }
            if (originalFile is null || (drawing.Display is not null && displayFile is null))
            {
                if (own is not null)
                    await own.RollbackAsync(ct);
                await uploads.ForgetAsync(originalFile);
                await uploads.ForgetAsync(displayFile);
                return null;
            }
            var shown = new FloorPlanRevision
            {
                OriginalFileId = originalFile.Id, OriginalFileName = fileName, DisplayFileId = (displayFile ?? originalFile).Id, DisplayType = drawing.DisplayType,
                Width = drawing.Width, Height = drawing.Height, SourceKind = drawing.SourceKind, Floor = drawing.Floor, Floors = drawing.Floors, Rooms = drawing.Rooms,
            };
            var revision = Stage(plan, shown, plan.Pins.OrderBy(p => p.Position).Select(p => p.ToData()).ToList(), summary ?? "New drawing: " + fileName, author);
            await changes.UpdatedAsync(plan, ct, action: "drawing_replaced", always: true,
                details: new { revision = revision.Number, fileName, sourceKind = drawing.SourceKind, floor = drawing.Floor, rooms = drawing.Rooms.Count });
            if (own is not null)
                await own.CommitAsync(ct);
            return revision;
        }
        catch
        {
            await uploads.ForgetAsync(originalFile);
            await uploads.ForgetAsync(displayFile);
            throw;
        }
        finally
        {
            if (own is not null)
                await own.DisposeAsync();
        }
    }

    /// <summary>The pins as the API answers them, their items named when the caller may see assets.</summary>
    public async Task<List<FloorPlanPinResponse>> PinResponsesAsync(Guid orgId, IReadOnlyList<FloorPlanPinData> pins, CancellationToken ct)
    {
        var permissions = await actor.RouteOrgPermissionsAsync(orgId, ct) ?? new HashSet<string>();
        var named = permissions.Contains("assets.read");
        var assetIds = Ids(pins, p => p.AssetId);
        var rackIds = Ids(pins, p => p.RackId);
        var portIds = Ids(pins, p => p.PatchPanelPortId);
        var assets = named && assetIds.Count > 0
            ? await db.Set<Assets.Asset>().AsNoTracking().Where(a => a.OrgId == orgId && assetIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => (a.Name, a.Type), ct)
            : [];
        var racks = named && rackIds.Count > 0
            ? await db.Set<Racks.Rack>().AsNoTracking().Where(r => r.OrgId == orgId && rackIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, r => r.Name, ct)
            : [];
        var ports = named && portIds.Count > 0
            ? await (from port in db.Set<Racks.PatchPort>().AsNoTracking()
                     join panel in db.Set<Racks.PatchPanel>().AsNoTracking() on port.PanelId equals panel.Id
                     where port.OrgId == orgId && portIds.Contains(port.Id)
                     select new { port.Id, port.Number, port.PanelId, panel.Name }).ToDictionaryAsync(p => p.Id, ct)
            : [];
        return pins.Select(p => new FloorPlanPinResponse
        {
            Kind = p.Kind, X = p.X, Y = p.Y, Label = p.Label, AssetId = p.AssetId, RackId = p.RackId, PatchPanelPortId = p.PatchPanelPortId, Room = p.Room,
            ItemName = p.AssetId is { } a && assets.TryGetValue(a, out var asset) ? asset.Name : p.RackId is { } r && racks.TryGetValue(r, out var rack) ? rack : null,
            AssetType = p.AssetId is { } t && assets.TryGetValue(t, out var typed) ? typed.Type : null,
            PortName = p.PatchPanelPortId is { } pp && ports.TryGetValue(pp, out var port) ? $"{port.Name} port {port.Number}" : null,
            PatchPanelId = p.PatchPanelPortId is { } pq && ports.TryGetValue(pq, out var portOf) ? portOf.PanelId : null,
        }).ToList();
    }

    /// <summary>The plan as the API answers it: its current drawing, rooms and pins.</summary>
    public async Task<FloorPlanResponse> ResponseAsync(FloorPlan plan, CancellationToken ct)
    {
        var revision = await CurrentRevisionAsync(plan, ct);
        var location = plan.LocationId is { } l ? await db.Set<Locations.Location>().AsNoTracking().Where(x => x.Id == l).Select(x => x.Name).FirstOrDefaultAsync(ct) : null;
        var pins = await PinResponsesAsync(plan.OrgId, plan.Pins.OrderBy(p => p.Position).Select(p => p.ToData()).ToList(), ct);
        return new FloorPlanResponse
        {
            Id = plan.Id, Name = plan.Name, LocationId = plan.LocationId, LocationName = location, Level = plan.Level, Description = plan.Description,
            Revision = plan.Revision, Drawing = revision?.ToDrawing(), Rooms = revision?.Rooms ?? [], Pins = pins, CreatedById = plan.CreatedById,
            UpdatedById = plan.UpdatedById, CreatedAt = plan.CreatedAt, UpdatedAt = plan.UpdatedAt, Etag = ETags.For(plan.Version),
        };
    }
}

internal static class FloorPlanRevisions
{
    public static FloorPlanDrawingResponse ToDrawing(this FloorPlanRevision r) => new()
    {
        SourceKind = r.SourceKind, FileName = r.OriginalFileName, DisplayType = r.DisplayType, Width = r.Width, Height = r.Height, Floor = r.Floor, Floors = r.Floors,
    };

    /// <summary>The revision, or 404 when the plan is not in the organisation or has no revision of that number.</summary>
    public static async Task<FloorPlanRevision> FindAsync(ClientStorDbContext db, Guid orgId, Guid planId, int number, CancellationToken ct) =>
        await db.FloorPlanRevisions.AsNoTracking().FirstOrDefaultAsync(r => r.OrgId == orgId && r.FloorPlanId == planId && r.Number == number, ct)
        ?? throw new NotFoundException($"The floor plan has no revision {number}.");
}
