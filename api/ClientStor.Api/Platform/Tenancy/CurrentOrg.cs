namespace ClientStor.Api.Platform.Tenancy;

/// <summary>
/// The organisation this request works in, once authorization has admitted the caller to it. The DbContext filters
/// every <see cref="IOrgScoped"/> entity by it: a second wall behind the explicit check.
/// </summary>
public sealed class CurrentOrg
{
    public Guid? OrgId { get; private set; }

    /// <summary>The organisation of an org-scoped endpoint (its authorization entered it before the handler runs).</summary>
    public Guid Id => OrgId ?? throw new InvalidOperationException("This request has not been admitted to an organisation.");

    /// <summary>The caller's permissions in it.</summary>
    public IReadOnlySet<string> Permissions { get; private set; } = new HashSet<string>();

    internal void Enter(Guid orgId, IReadOnlySet<string> permissions)
    {
        OrgId = orgId;
        Permissions = permissions;
    }
}
