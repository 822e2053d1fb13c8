using ClientStor.Api.Features.Assets;

namespace ClientStor.Api.Features.Racks;

/// <summary>
/// The units of a rack that a new or moved device or patch panel may take: it must fit the rack's height and share no
/// unit with a device (on its face, or on either face when the device is full depth) or with a panel on its face.
/// </summary>
internal static class RackSpace
{
    /// <summary>Throws 400 (<c>positionU</c>) when the range leaves the rack, 409 naming what is already in the way.</summary>
    public static async Task EnsureFreeAsync(ClientStorDbContext db, Rack rack, int positionU, int heightU, string face, bool fullDepth,
        CancellationToken ct, Guid? exceptAssetId = null, Guid? exceptPanelId = null)
    {
        var highest = (long)positionU + heightU - 1; // long: a huge positionU must not wrap round into the rack
        if (highest > rack.HeightU)
            throw new FieldErrorsException("positionU", $"U{positionU}–U{highest} does not fit a {rack.HeightU}U rack.");
        var top = (int)highest;
        var devices = await db.RackPlacements.Where(p => p.RackId == rack.Id && p.AssetId != exceptAssetId
                && p.PositionU <= top && positionU <= p.PositionU + p.HeightU - 1 && (fullDepth || p.FullDepth || p.Face == face))
            .Join(db.Assets, p => p.AssetId, a => a.Id, (p, a) => new { a.Name, p.PositionU, p.HeightU }).ToListAsync(ct);
        var panels = await db.PatchPanels.Where(p => p.RackId == rack.Id && p.Id != exceptPanelId && p.PositionU != null
                && p.PositionU <= top && positionU <= p.PositionU + p.HeightU - 1 && (fullDepth || p.Face == face))
            .Select(p => new { p.Name, PositionU = p.PositionU!.Value, p.HeightU }).ToListAsync(ct);
        if (devices.Concat(panels).OrderBy(x => x.PositionU).FirstOrDefault() is { } clash)
            throw new ConflictException(
                $"U{positionU}–U{top} ({face}) is taken by '{clash.Name}' at U{clash.PositionU}–U{clash.PositionU + clash.HeightU - 1}.", "positionU");
    }
}
