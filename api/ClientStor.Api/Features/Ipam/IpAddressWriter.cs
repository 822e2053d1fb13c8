using System.Net;
using ClientStor.Api.Features.Assets;

namespace ClientStor.Api.Features.Ipam;

/// <summary>
/// A change to an IP address record, from the API or a discovery: given fields replace the stored ones, null fields stay,
/// <see cref="Clear"/> empties fields. Validated and applied only by <see cref="IpAddressWriter"/>.
/// </summary>
public sealed record IpAddressPatch
{
    /// <summary>Required for a new record; it must fall inside one of the organisation's subnets.</summary>
    public string? Address { get; init; }
    public string? Status { get; init; }
    public string? Hostname { get; init; }
    public string? Description { get; init; }
    public Guid? AssetId { get; init; }
    public Guid? InterfaceId { get; init; }
    /// <summary><c>assetId</c> (also clears the interface), <c>interfaceId</c>, <c>hostname</c>, <c>description</c>.</summary>
    public IReadOnlyCollection<string> Clear { get; init; } = [];

    public static readonly IReadOnlyList<string> Clearable = ["assetId", "interfaceId", "hostname", "description"];
}

internal sealed class IpAddressPatchValidator : AbstractValidator<IpAddressPatch>
{
    public static readonly IpAddressPatchValidator Instance = new();

    public IpAddressPatchValidator()
    {
        RuleFor(x => x.Address).Must(a => IPAddress.TryParse(a?.Trim(), out _)).WithMessage(x => $"'{x.Address}' is not an IPv4 or IPv6 address.")
            .When(x => x.Address is not null);
        RuleFor(x => x.Status).Must(s => s is null || IpMath.Statuses.Contains(s)).WithMessage($"status must be one of: {string.Join(", ", IpMath.Statuses)}.");
        RuleFor(x => x.Hostname).MaximumLength(253);
        RuleFor(x => x.Description).MaximumLength(1000);
        RuleForEach(x => x.Clear).Must(f => IpAddressPatch.Clearable.Contains(f))
            .WithMessage((_, f) => $"'{f}' cannot be cleared; clearable: {string.Join(", ", IpAddressPatch.Clearable)}.");
    }
}

/// <summary>Where an IP address change came from; the audit row says it (<c>details.source</c>).</summary>
public static class IpAddressSources
{
    public const string Api = "api";
    public const string Nmap = "nmap";
}

/// <summary>
/// The one way IP address records are created, changed and removed (the API and the nmap discovery): the address in the most
/// specific subnet containing it, never a network or broadcast address, documented once per organisation, asset and
/// interface of the same organisation and consistent with each other; the same audit record whatever the source.
/// </summary>
public sealed class IpAddressWriter(ClientStorDbContext db, AuditedChanges changes)
{
    public static IpAddressRecord New(Guid orgId)
    {
        var now = DateTimeOffset.UtcNow;
        return new IpAddressRecord { Id = Guid.CreateVersion7(), OrgId = orgId, CreatedAt = now, UpdatedAt = now };
    }

    public async Task<IpAddressRecord> CreateAsync(Guid orgId, IpAddressPatch patch, string source, CancellationToken ct)
    {
        var record = New(orgId);
        FieldErrorsException.ThrowIfAny(await TryApplyAsync(record, patch, ct));
        await changes.SaveAsync([changes.StageCreated(record, source)], ct);
        return record;
    }

    public async Task UpdateAsync(IpAddressRecord record, IpAddressPatch patch, string source, CancellationToken ct)
    {
        FieldErrorsException.ThrowIfAny(await TryApplyAsync(record, patch, ct));
        if (changes.StageUpdated(record, source) is { } row)
            await changes.SaveAsync([row], ct);
    }

    /// <summary>Removes the record with its <c>ip.deleted</c> row.</summary>
    public Task DeleteAsync(IpAddressRecord record, string source, CancellationToken ct) => changes.DeletedAsync(record, ct, details: new { source });

    public AuditEntry StageCreated(IpAddressRecord record, string source, object? details = null) => changes.StageCreated(record, source, details);

    public AuditEntry? StageUpdated(IpAddressRecord record, string source, object? details = null) => changes.StageUpdated(record, source, details);

    /// <summary>
    /// Checks the patch and applies it; returns field errors (the record unchanged when there are any). An address that is
    /// already documented is a conflict (409).
    /// </summary>
    public async Task<IReadOnlyDictionary<string, string>> TryApplyAsync(IpAddressRecord record, IpAddressPatch patch, CancellationToken ct)
    {
        var errors = new Dictionary<string, string>();
        foreach (var failure in IpAddressPatchValidator.Instance.Validate(patch).Errors)
            errors.TryAdd(Problems.CamelCase(failure.PropertyName), failure.ErrorMessage);
        var isNew = db.Entry(record).State == EntityState.Detached;
        if (isNew && patch.Address is null)
            errors.TryAdd("address", "Give the address.");
        IPAddress? address = null;
        Subnet? subnet = null;
        if (patch.Address is not null && !errors.ContainsKey("address"))
        {
            address = Platform.Http.Networks.Canonical(IPAddress.Parse(patch.Address.Trim()));
            var text = address.ToString();
            subnet = await db.Subnets.MostSpecificContainingAsync(record.OrgId, text, ct);
            if (subnet is null)
                errors["address"] = $"{text} is outside every subnet of this organisation; create its subnet first.";
            else if (IpMath.IsNetworkOrBroadcast(subnet.Network, address))
                errors["address"] = $"{text} is the network or broadcast address of {subnet.Network}.";
            else
            {
                var taken = await db.IpAddresses.FromSql($"SELECT *, xmin FROM ip_addresses WHERE org_id = {record.OrgId} AND address = {text}::inet")
                    .AsNoTracking().Select(i => new { i.Id, i.Hostname }).FirstOrDefaultAsync(ct);
                if (taken is not null && taken.Id != record.Id)
                    throw new ConflictException($"{text} is already documented{(taken.Hostname is null ? "" : $" ({taken.Hostname})")}.", "address");
            }
        }
        // An asset added in this unit of work (a discovery creating the asset and its address together) counts too.
        if (patch.AssetId is { } asset && !db.Assets.Local.Any(a => a.Id == asset && a.OrgId == record.OrgId)
            && !await db.Assets.AnyAsync(a => a.Id == asset && a.OrgId == record.OrgId, ct))
            errors["assetId"] = "No asset with this id in this organisation.";
        Guid? interfaceOwner = null;
        if (patch.InterfaceId is { } iface)
        {
            interfaceOwner = await db.AssetInterfaces.Where(i => i.Id == iface && i.OrgId == record.OrgId).Select(i => (Guid?)i.AssetId).FirstOrDefaultAsync(ct);
            if (interfaceOwner is null)
                errors["interfaceId"] = "No interface with this id in this organisation.";
            else if ((patch.AssetId ?? record.AssetId ?? interfaceOwner) != interfaceOwner)
                errors["interfaceId"] = "The interface belongs to another asset.";
        }
        if (errors.Count > 0)
            return errors;

        if (address is not null)
        {
            record.Address = address;
            record.SubnetId = subnet!.Id;
        }
        if (interfaceOwner is not null)
            record.AssetId = interfaceOwner;
        if (patch.Status is not null) record.Status = patch.Status;
        if (patch.Hostname is not null) record.Hostname = string.IsNullOrWhiteSpace(patch.Hostname) ? null : patch.Hostname.Trim().ToLowerInvariant();
        if (patch.Description is not null) record.Description = string.IsNullOrWhiteSpace(patch.Description) ? null : patch.Description.Trim();
        if (patch.AssetId is not null && patch.AssetId != record.AssetId && patch.InterfaceId is null)
            record.InterfaceId = null; // the old interface belonged to the previous asset
        if (patch.AssetId is not null) record.AssetId = patch.AssetId;
        if (patch.InterfaceId is not null) record.InterfaceId = patch.InterfaceId;
        foreach (var field in patch.Clear)
            switch (field)
            {
                case "assetId": record.AssetId = null; record.InterfaceId = null; break;
                case "interfaceId": record.InterfaceId = null; break;
                case "hostname": record.Hostname = null; break;
                case "description": record.Description = null; break;
            }
        return errors;
    }
}
