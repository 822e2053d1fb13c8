
namespace ClientStor.Api.Features.Vault;

/// <summary>One credential, named by the route (get, delete, TOTP code).</summary>
public sealed class CredentialRequest
{
    [RouteParam] public Guid CredentialId { get; set; }
}

/// <summary>One folder, named by the route.</summary>
public sealed class FolderRequest
{
    [RouteParam] public Guid FolderId { get; set; }
}
