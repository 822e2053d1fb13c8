using System.Net;
using ClientStor.Api.Features.Assets;

namespace ClientStor.Api.Features.Ipam;

/// <summary>The fields of an IP address; on update, omitted (null) fields stay as they are. Applied by <see cref="IpAddressWriter"/>.</summary>
public abstract class IpAddressFields
{
    /// <summary>Required on create; it must fall inside one of the organisation's subnets.</summary>
    public string? Address { get; set; }
    /// <summary><c>active</c> (default), <c>reserved</c>, <c>dhcp</c> or <c>deprecated</c>.</summary>
    [OneOf("IpAddressStatus", typeof(IpMath), nameof(IpMath.Statuses))]
    public string? Status { get; set; }
    public string? Hostname { get; set; }
    public string? Description { get; set; }
    [References<Asset>] public Guid? AssetId { get; set; }
    /// <summary>An interface of the asset (when <c>assetId</c> or the stored asset is given); it sets the asset when there is none.</summary>
    [References<AssetInterface>] public Guid? InterfaceId { get; set; }
    /// <summary>On update, fields to empty (null means unchanged): <c>assetId</c> (also clears the interface), <c>interfaceId</c>, <c>hostname</c>, <c>description</c>.</summary>
    public List<string>? Clear { get; set; }
}

/// <summary>A new IP address: <c>address</c> is required.</summary>
public sealed class CreateIpAddressRequest : IpAddressFields;

/// <summary>A change to an IP address: only the fields given change.</summary>
public sealed class UpdateIpAddressRequest : IpAddressFields
{
    [RouteParam] public Guid IpAddressId { get; set; }
}

/// <summary>The rules of both bodies; creating requires the address, updating checks it only when given.</summary>
internal abstract class IpAddressFieldsValidator<T> : Validator<T> where T : IpAddressFields
{
    protected IpAddressFieldsValidator(bool creating)
    {
        var address = RuleFor(x => x.Address).Cascade(CascadeMode.Stop).NotEmpty().WithMessage("Give the IP address.")
            .Must(a => IPAddress.TryParse(a?.Trim(), out _)).WithMessage(x => $"'{x.Address}' is not an IPv4 or IPv6 address.");
        if (!creating)
            address.When(x => x.Address is not null);
        RuleFor(x => x.Status).Must(s => s is null || IpMath.Statuses.Contains(s)).WithMessage($"status must be one of: {string.Join(", ", IpMath.Statuses)}.");
        RuleFor(x => x.Hostname).MaximumLength(253);
        RuleFor(x => x.Description).MaximumLength(1000);
        RuleForEach(x => x.Clear).Must(f => IpAddressPatch.Clearable.Contains(f))
            .WithMessage((_, f) => $"'{f}' cannot be cleared; clearable: {string.Join(", ", IpAddressPatch.Clearable)}.");
    }
}

internal sealed class CreateIpAddressValidator() : IpAddressFieldsValidator<CreateIpAddressRequest>(creating: true);

internal sealed class UpdateIpAddressValidator() : IpAddressFieldsValidator<UpdateIpAddressRequest>(creating: false);
