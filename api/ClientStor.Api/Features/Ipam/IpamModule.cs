using ClientStor.Api.Platform.Data;
using ClientStor.Api.Platform.Endpoints;
using ClientStor.Api.Platform.Paging;
using FastEndpoints;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace ClientStor.Api.Features.Ipam;

/// <summary>IP address management: VLANs, subnets (v4 and v6) and addresses.</summary>
public static class IpamModule
{
    public static IServiceCollection AddIpamModule(this IServiceCollection services) => services.AddScoped<IpAddressWriter>();

    extension(ClientStorDbContext db)
    {
        public DbSet<Vlan> Vlans => db.Set<Vlan>();
        public DbSet<Subnet> Subnets => db.Set<Subnet>();
        public DbSet<IpAddressRecord> IpAddresses => db.Set<IpAddressRecord>();
    }
}

/// <summary><c>/api/v1/orgs/{orgId}/vlans</c>, <c>/subnets</c> and <c>/ip-addresses</c>.</summary>
public sealed class IpamGroup() : OrgScopedGroup("IPAM");

/// <summary>What the subnet and address lists take: a page in network/address order, the cursor being the last one's text.</summary>
public abstract class IpamListRequest
{
    /// <summary>Page size, 1 to 500 (default 50).</summary>
    [QueryParam] public int? Limit { get; set; }
    /// <summary>The previous page's <c>nextCursor</c>.</summary>
    [QueryParam] public string? Cursor { get; set; }
}

internal abstract class IpamListValidator<T> : Validator<T> where T : IpamListRequest
{
    protected IpamListValidator(Func<string, bool> isCursor)
    {
        RuleFor(x => x.Limit).InclusiveBetween(1, Paging.MaxLimit);
        RuleFor(x => x.Cursor).Must(c => c is null || isCursor(c)).WithMessage("The cursor is not valid; start again without it.");
    }
}
