using ClientStor.Api.Features.Assets;
using ClientStor.Api.Platform.Auditing;
using ClientStor.Api.Platform.Authorization;
using ClientStor.Api.Platform.Data;
using ClientStor.Api.Platform.Errors;
using ClientStor.Api.Platform.OpenApi;
using FastEndpoints;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace ClientStor.Api.Features.Racks;

public sealed class PatchPortResponse
{
    public required Guid Id { get; set; }
    public required int Number { get; set; }
    public required string? Label { get; set; }
    /// <summary>What the port is patched to, in words (<c>Panel B port 7</c>, <c>SW1 Gi1/0/3</c>), or null.</summary>
    public required string? ConnectedTo { get; set; }
    public required Guid? ConnectedPortId { get; set; }
    public required Guid? ConnectedInterfaceId { get; set; }
    public required Guid? ConnectedAssetId { get; set; }
}

public sealed class PatchPanelResponse
{
    public required Guid Id { get; set; }
    public required string Name { get; set; }
    public required Guid? RackId { get; set; }
    public required int PortCount { get; set; }
    public required IReadOnlyList<PatchPortResponse> Ports { get; set; }
}

public sealed class OrgPanelsRequest
{
    [RouteParam] public Guid OrgId { get; set; }
}

/// <summary>The organisation's patch panels with their port maps.</summary>
public sealed class ListPatchPanelsEndpoint(ClientStorDbContext db) : Endpoint<OrgPanelsRequest, List<PatchPanelResponse>>
{
    public override void Configure()
    {
        Get("/api/v1/orgs/{orgId}/patch-panels");
        this.RequireOrgPermission("assets.read");
        Tags("Racks");
        Summary(s => s.Summary = "List patch panels with their ports");
    }

    public override async Task HandleAsync(OrgPanelsRequest req, CancellationToken ct) =>
        await Send.OkAsync(await PanelReads.LoadAsync(db, req.OrgId, null, ct), ct);
}

internal static class PanelReads
{
    public static async Task<List<PatchPanelResponse>> LoadAsync(ClientStorDbContext db, Guid orgId, Guid? panelId, CancellationToken ct)
    {
        var panels = await db.PatchPanels.AsNoTracking().Include(p => p.Ports).Where(p => p.OrgId == orgId && (panelId == null || p.Id == panelId))
            .OrderBy(p => p.Name).Take(500).ToListAsync(ct);
        var portIds = panels.SelectMany(p => p.Ports).Select(p => p.ConnectedPortId).OfType<Guid>().ToList();
        var remotePorts = await db.PatchPorts.AsNoTracking().Where(p => portIds.Contains(p.Id))
            .Join(db.PatchPanels, p => p.PanelId, panel => panel.Id, (p, panel) => new { p.Id, p.Number, Panel = panel.Name }).ToDictionaryAsync(x => x.Id, ct);
        var ifaceIds = panels.SelectMany(p => p.Ports).Select(p => p.ConnectedInterfaceId).OfType<Guid>().ToList();
        var ifaces = await db.AssetInterfaces.AsNoTracking().Where(i => ifaceIds.Contains(i.Id))
            .Join(db.Assets, i => i.AssetId, a => a.Id, (i, a) => new { i.Id, i.Name, i.AssetId, Asset = a.Name }).ToDictionaryAsync(x => x.Id, ct);
        return panels.Select(panel => new PatchPanelResponse
        {
            Id = panel.Id, Name = panel.Name, RackId = panel.RackId, PortCount = panel.PortCount,
            Ports = panel.Ports.OrderBy(p => p.Number).Select(p => new PatchPortResponse
            {
                Id = p.Id, Number = p.Number, Label = p.Label, ConnectedPortId = p.ConnectedPortId, ConnectedInterfaceId = p.ConnectedInterfaceId,
                ConnectedAssetId = p.ConnectedInterfaceId is { } i && ifaces.TryGetValue(i, out var hit) ? hit.AssetId : null,
                ConnectedTo = p.ConnectedPortId is { } rp && remotePorts.TryGetValue(rp, out var r) ? $"{r.Panel} port {r.Number}"
                    : p.ConnectedInterfaceId is { } ii && ifaces.TryGetValue(ii, out var f) ? $"{f.Asset} {f.Name}" : null,
            }).ToList(),
        }).ToList();
    }
}

public sealed class CreatePatchPanelRequest
{
    [RouteParam] public Guid OrgId { get; set; }
    public string Name { get; set; } = "";
    public int PortCount { get; set; } = 24;
    public Guid? RackId { get; set; }
}

internal sealed class CreatePatchPanelValidator : Validator<CreatePatchPanelRequest>
{
    public CreatePatchPanelValidator()
    {
        RuleFor(x => x.Name).Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage("Name the panel.").MaximumLength(100);
        RuleFor(x => x.PortCount).InclusiveBetween(1, 96).WithMessage("A panel has 1 to 96 ports.");
    }
}

/// <summary>Creates a patch panel and its numbered ports.</summary>
public sealed class CreatePatchPanelEndpoint(ClientStorDbContext db, AuditLog audit) : Endpoint<CreatePatchPanelRequest, PatchPanelResponse>
{
    public override void Configure()
    {
        Post("/api/v1/orgs/{orgId}/patch-panels");
        this.RequireOrgPermission("assets.write");
        Tags("Racks");
        Summary(s => s.Summary = "Create a patch panel");
        Description(b => b.Produces<PatchPanelResponse>(201));
    }

    public override async Task HandleAsync(CreatePatchPanelRequest req, CancellationToken ct)
    {
        if (req.RackId is { } rack && !await db.Racks.AnyAsync(r => r.Id == rack && r.OrgId == req.OrgId, ct))
        {
            await Send.ResultAsync(Problems.Validation("rackId", "No rack with this id in this organisation."));
            return;
        }
        var panel = new PatchPanel { Id = Guid.CreateVersion7(), OrgId = req.OrgId, Name = req.Name.Trim(), PortCount = req.PortCount, RackId = req.RackId, CreatedAt = DateTimeOffset.UtcNow };
        panel.Ports = Enumerable.Range(1, req.PortCount).Select(n => new PatchPort { Id = Guid.CreateVersion7(), OrgId = req.OrgId, PanelId = panel.Id, Number = n }).ToList();
        db.PatchPanels.Add(panel);
        await audit.SaveAsync(new AuditEntry(AuditCategories.Organisation, "patch_panel.created")
        {
            OrgId = req.OrgId, TargetType = "patch_panel", TargetId = panel.Id.ToString(), Details = new { panel.Name, panel.PortCount, panel.RackId },
        }, ct);
        await Send.ResponseAsync((await PanelReads.LoadAsync(db, req.OrgId, panel.Id, ct))[0], 201, ct);
    }
}

public sealed class ConnectPortRequest
{
    [RouteParam] public Guid OrgId { get; set; }
    [RouteParam] public Guid PanelId { get; set; }
    [RouteParam] public int Number { get; set; }
    /// <summary>Patch to another port (give its id)…</summary>
    public Guid? PortId { get; set; }
    /// <summary>…or to an asset interface.</summary>
    public Guid? InterfaceId { get; set; }
    /// <summary>Optional new label for this port.</summary>
    public string? Label { get; set; }
}

internal sealed class ConnectPortValidator : Validator<ConnectPortRequest>
{
    public ConnectPortValidator()
    {
        RuleFor(x => x).Must(x => x.PortId is null || x.InterfaceId is null).WithName("portId").WithMessage("Connect to a port or to an interface, not both.");
        RuleFor(x => x.Label).MaximumLength(100);
    }
}

/// <summary>
/// Labels a port and/or patches it to another port or an asset interface. A port has at most one connection and an
/// interface sits on at most one port: a busy end answers 409 naming what it is connected to.
/// </summary>
public sealed class ConnectPortEndpoint(ClientStorDbContext db, AuditLog audit) : Endpoint<ConnectPortRequest, PatchPanelResponse>
{
    public override void Configure()
    {
        Put("/api/v1/orgs/{orgId}/patch-panels/{panelId}/ports/{number}");
        this.RequireOrgPermission("assets.write");
        Tags("Racks");
        Summary(s => s.Summary = "Label or connect a patch port");
        Description(b => b.WithMetadata(new ProblemResponses(404, 409)));
    }

    public override async Task HandleAsync(ConnectPortRequest req, CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(System.Data.IsolationLevel.Serializable, ct);
        var port = await db.PatchPorts.FirstOrDefaultAsync(p => p.PanelId == req.PanelId && p.Number == req.Number && p.OrgId == req.OrgId, ct);
        if (port is null)
        {
            await Send.ResultAsync(Problems.NotFound($"Port {req.Number} of this panel"));
            return;
        }
        if (req.Label is not null) port.Label = string.IsNullOrWhiteSpace(req.Label) ? null : req.Label.Trim();
        if (req.PortId is not null || req.InterfaceId is not null)
        {
            var busy = await PanelReads.LoadAsync(db, req.OrgId, req.PanelId, ct);
            if (port.ConnectedPortId is not null || port.ConnectedInterfaceId is not null)
            {
                var current = busy[0].Ports.First(p => p.Id == port.Id).ConnectedTo;
                await Send.ResultAsync(Problems.Conflict($"Port {port.Number} is already connected to {current}; disconnect it first."));
                return;
            }
            if (req.PortId is { } otherId)
            {
                var other = await db.PatchPorts.FirstOrDefaultAsync(p => p.Id == otherId && p.OrgId == req.OrgId, ct);
                if (other is null || other.Id == port.Id)
                {
                    await Send.ResultAsync(Problems.Validation("portId", "No other port with this id in this organisation."));
                    return;
                }
                if (other.ConnectedPortId is not null || other.ConnectedInterfaceId is not null)
                {
                    await Send.ResultAsync(Problems.Conflict($"The other port (number {other.Number}) already has a connection; disconnect it first.", "portId"));
                    return;
                }
                port.ConnectedPortId = other.Id;
                other.ConnectedPortId = port.Id;
            }
            if (req.InterfaceId is { } ifaceId)
            {
                var iface = await db.AssetInterfaces.Where(i => i.Id == ifaceId && i.OrgId == req.OrgId)
                    .Join(db.Assets, i => i.AssetId, a => a.Id, (i, a) => new { i.Id, i.Name, Asset = a.Name }).FirstOrDefaultAsync(ct);
                if (iface is null)
                {
                    await Send.ResultAsync(Problems.Validation("interfaceId", "No interface with this id in this organisation."));
                    return;
                }
                var holder = await db.PatchPorts.Where(p => p.ConnectedInterfaceId == ifaceId)
                    .Join(db.PatchPanels, p => p.PanelId, panel => panel.Id, (p, panel) => new { p.Number, Panel = panel.Name }).FirstOrDefaultAsync(ct);
                if (holder is not null)
                {
                    await Send.ResultAsync(Problems.Conflict($"{iface.Asset} {iface.Name} is already patched to {holder.Panel} port {holder.Number}.", "interfaceId"));
                    return;
                }
                port.ConnectedInterfaceId = ifaceId;
            }
        }
        await audit.SaveAsync(new AuditEntry(AuditCategories.Organisation, "patch_port.updated")
        {
            OrgId = req.OrgId, TargetType = "patch_panel", TargetId = req.PanelId.ToString(),
            Details = new { port = port.Number, port.Label, port.ConnectedPortId, port.ConnectedInterfaceId },
        }, ct);
        await tx.CommitAsync(ct);
        await Send.OkAsync((await PanelReads.LoadAsync(db, req.OrgId, req.PanelId, ct))[0], ct);
    }
}

public sealed class PortRequest
{
    [RouteParam] public Guid OrgId { get; set; }
    [RouteParam] public Guid PanelId { get; set; }
    [RouteParam] public int Number { get; set; }
}

/// <summary>Removes a port's connection (both ends of a port-to-port patch).</summary>
public sealed class DisconnectPortEndpoint(ClientStorDbContext db, AuditLog audit) : Endpoint<PortRequest>
{
    public override void Configure()
    {
        Delete("/api/v1/orgs/{orgId}/patch-panels/{panelId}/ports/{number}/connection");
        this.RequireOrgPermission("assets.write");
        Tags("Racks");
        Summary(s => s.Summary = "Disconnect a patch port");
        Description(b => b.Produces(204).WithMetadata(new ProblemResponses(404)));
    }

    public override async Task HandleAsync(PortRequest req, CancellationToken ct)
    {
        var port = await db.PatchPorts.FirstOrDefaultAsync(p => p.PanelId == req.PanelId && p.Number == req.Number && p.OrgId == req.OrgId, ct);
        if (port is null)
        {
            await Send.ResultAsync(Problems.NotFound($"Port {req.Number} of this panel"));
            return;
        }
        if (port.ConnectedPortId is { } other)
            await db.PatchPorts.Where(p => p.Id == other).ExecuteUpdateAsync(s => s.SetProperty(p => p.ConnectedPortId, (Guid?)null), ct);
        var before = new { port.ConnectedPortId, port.ConnectedInterfaceId };
        port.ConnectedPortId = null;
        port.ConnectedInterfaceId = null;
        await audit.SaveAsync(new AuditEntry(AuditCategories.Organisation, "patch_port.disconnected")
        {
            OrgId = req.OrgId, TargetType = "patch_panel", TargetId = req.PanelId.ToString(), Details = new { port = port.Number, before },
        }, ct);
        await Send.NoContentAsync(ct);
    }
}
