namespace ClientStor.Api.Platform.Tenancy;

/// <summary>
/// Marks an entity that belongs to one organisation through its <c>OrgId</c> property (<see cref="Guid"/>, or
/// <see cref="Guid"/>? for rows that may belong to the platform). The DbContext filters every marked entity by the
/// request's organisation: a second wall behind the explicit check each endpoint makes.
/// </summary>
public interface IOrgScoped;

/// <summary>An org-scoped entity with its own id: what load-in-org-or-404 and the id-in-body check look up.</summary>
public interface IOrgEntity : IOrgScoped
{
    Guid Id { get; }
    Guid OrgId { get; }
}

/// <summary>An entity whose row version (PostgreSQL's <c>xmin</c>) is its etag and optimistic-concurrency token.</summary>
public interface IVersioned
{
    uint Version { get; }
}
