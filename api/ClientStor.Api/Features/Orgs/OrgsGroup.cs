
namespace ClientStor.Api.Features.Orgs;

/// <summary><c>/api/v1/orgs</c>: the list and creation of organisations.</summary>
public sealed class OrgsGroup() : PlatformGroup("Orgs");

/// <summary><c>/api/v1/orgs/{orgId}</c>: one organisation.</summary>
public sealed class OrgGroup() : OrgScopedGroup("Orgs");
