
namespace ClientStor.Api.Platform.Endpoints;

/// <summary>
/// What every endpoint gets, applied once at start-up after its own <c>Configure()</c>: the id-in-body check for requests
/// that reference other objects, and the rule that every endpoint says who may call it (the app does not start otherwise).
/// </summary>
internal static class EndpointConventions
{
    public static void Apply(EndpointDefinition ep)
    {
        var permission = EndpointAccess.DeclaredPermission(ep)
            ?? throw new InvalidOperationException(
                $"{ep.EndpointType.Name} does not say who may call it: call this.RequireOrgPermission(...), this.RequirePlatformAdmin(), this.RequireSignedIn() or AllowAnonymous() in Configure().");
        var orgScoped = ep.EndpointMetadata?.OfType<OrgScopedEndpoint>().Any() == true;
        if (orgScoped && (permission is EndpointAccess.Anonymous or EndpointAccess.SignedIn or EndpointAccess.PlatformAdmin))
            throw new InvalidOperationException($"{ep.EndpointType.Name} is in an organisation's group and must declare an org permission (this.RequireOrgPermission(...)).");
        if (ReferenceCheck.Of(ep.ReqDtoType).Count > 0 || OneOfCheck.Of(ep.ReqDtoType).Count > 0)
        {
            // Validation failures do not end the request by themselves: the value and reference checks add their own,
            // and the reference check answers all of them.
            ep.DontThrowIfValidationFails();
            ep.PreProcessors(Order.Before, new OneOfCheck(), new ReferenceCheck());
        }
    }
}
