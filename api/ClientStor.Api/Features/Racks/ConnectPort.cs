using ClientStor.Api.Features.Assets;

namespace ClientStor.Api.Features.Racks;

public sealed class ConnectPortRequest
{
    [RouteParam] public Guid PanelId { get; set; }
    [RouteParam] public int Number { get; set; }
    /// <summary>Patch to another port (give its id)…</summary>
    [References<PatchPort>] public Guid? PortId { get; set; }
    /// <summary>…or to an asset interface.</summary>
    [References<AssetInterface>] public Guid? InterfaceId { get; set; }
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
public sealed class ConnectPortEndpoint(ClientStorDbContext db, AuditedChanges changes, CurrentOrg org) : Endpoint<ConnectPortRequest, PatchPanelResponse>
{
    public override void Configure()
    {
        Put("patch-panels/{panelId}/ports/{number}");
        Group<RacksGroup>();
        this.RequireOrgPermission("assets.write");
        Summary(s => s.Summary = "Label or connect a patch port");
        Description(b => b.WithMetadata(new ProblemResponses(409)));
    }

    public override async Task HandleAsync(ConnectPortRequest req, CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(System.Data.IsolationLevel.Serializable, ct);
        var port = await db.PatchPorts.FindPortAsync(org.Id, req.PanelId, req.Number, ct);
        if (req.Label is not null) port.Label = string.IsNullOrWhiteSpace(req.Label) ? null : req.Label.Trim();
        if (req.PortId is not null || req.InterfaceId is not null)
        {
            if (port.ConnectedPortId is not null || port.ConnectedInterfaceId is not null)
            {
                var current = (await PanelReads.LoadAsync(db, org.Id, req.PanelId, ct)).Ports.First(p => p.Id == port.Id).ConnectedTo;
                throw new ConflictException($"Port {port.Number} is already connected to {current}; disconnect it first.");
            }
            if (req.PortId is { } otherId)
                await PatchToPortAsync(port, otherId, ct);
            if (req.InterfaceId is { } ifaceId)
                await PatchToInterfaceAsync(port, ifaceId, ct);
        }
        await changes.UpdatedAsync(port, ct, details: new { panelId = port.PanelId, port.Number });
        await tx.CommitAsync(ct);
        await Send.OkAsync(await PanelReads.LoadAsync(db, org.Id, req.PanelId, ct), ct);
    }

    private async Task PatchToPortAsync(PatchPort port, Guid otherId, CancellationToken ct)
    {
        if (otherId == port.Id)
            throw new FieldErrorsException("portId", "A port cannot be patched to itself.");
        var other = await db.PatchPorts.SingleAsync(p => p.Id == otherId && p.OrgId == org.Id, ct);
        if (other.ConnectedPortId is not null || other.ConnectedInterfaceId is not null)
            throw new ConflictException($"The other port (number {other.Number}) already has a connection; disconnect it first.", "portId");
        port.ConnectedPortId = other.Id;
        other.ConnectedPortId = port.Id;
    }

    private async Task PatchToInterfaceAsync(PatchPort port, Guid ifaceId, CancellationToken ct)
    {
        var iface = await db.AssetInterfaces.Where(i => i.Id == ifaceId && i.OrgId == org.Id)
            .Join(db.Assets, i => i.AssetId, a => a.Id, (i, a) => new { i.Name, Asset = a.Name }).SingleAsync(ct);
        var holder = await db.PatchPorts.Where(p => p.ConnectedInterfaceId == ifaceId)
            .Join(db.PatchPanels, p => p.PanelId, panel => panel.Id, (p, panel) => new { p.Number, Panel = panel.Name }).FirstOrDefaultAsync(ct);
        if (holder is not null)
            throw new ConflictException($"{iface.Asset} {iface.Name} is already patched to {holder.Panel} port {holder.Number}.", "interfaceId");
        port.ConnectedInterfaceId = ifaceId;
    }
}
