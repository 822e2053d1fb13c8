using ClientStor.Api.Features.Contacts;
using ClientStor.Api.Features.Vault;

namespace ClientStor.Api.Features.Assets;

/// <summary>A credential linked to an asset: its metadata and which secrets it stores, never a value.</summary>
public sealed class AssetCredentialResponse
{
    public required Guid Id { get; set; }
    public required string Name { get; set; }
    public required string? Username { get; set; }
    public required string? Url { get; set; }
    /// <summary>A password is stored (it can be copied or revealed with <c>vault.reveal</c>).</summary>
    public required bool HasPassword { get; set; }
    /// <summary>A TOTP seed is stored (its current code can be read with <c>vault.reveal</c>).</summary>
    public required bool HasTotp { get; set; }
    public required bool Pinned { get; set; }
}

/// <summary>A contact of an asset and how it is linked to it.</summary>
public sealed class AssetContactResponse
{
    public required Guid Id { get; set; }
    public required string Name { get; set; }
    public required string? Email { get; set; }
    public required string? Phone { get; set; }
    public required string? Role { get; set; }
    public required bool IsKey { get; set; }
    /// <summary><c>assigned</c>: the person the asset is assigned to.</summary>
    public required string Relation { get; set; }
}

/// <summary>What the asset page shows beside an asset from other modules: its credentials and contacts.</summary>
internal static class AssetRelatedItems
{
    /// <summary>The credentials linked to the asset, pinned first, then by name.</summary>
    public static Task<List<AssetCredentialResponse>> CredentialsAsync(ClientStorDbContext db, Guid orgId, Guid assetId, CancellationToken ct) =>
        db.Credentials.AsNoTracking()
            .Where(c => c.OrgId == orgId && c.AssetLinks.Any(l => l.AssetId == assetId))
            .OrderByDescending(c => c.Pinned).ThenBy(c => c.Name).ThenBy(c => c.Id)
            .Select(c => new AssetCredentialResponse
            {
                Id = c.Id, Name = c.Name, Username = c.Username, Url = c.Url, Pinned = c.Pinned,
                HasPassword = c.Secrets.Any(s => s.Field == VaultSecrets.Password),
                HasTotp = c.Secrets.Any(s => s.Field == VaultSecrets.OtpSeed),
            })
            .ToListAsync(ct);

    /// <summary>The asset's contacts: today the person it is assigned to.</summary>
    public static async Task<List<AssetContactResponse>> ContactsAsync(ClientStorDbContext db, Asset asset, CancellationToken ct)
    {
        if (asset.ContactId is not { } contactId)
            return [];
        return await db.Contacts.AsNoTracking().Where(c => c.OrgId == asset.OrgId && c.Id == contactId)
            .Select(c => new AssetContactResponse
            {
                Id = c.Id, Name = c.Name, Email = c.Email, Phone = c.Phone, Role = c.Role, IsKey = c.IsKey, Relation = "assigned",
            })
            .ToListAsync(ct);
    }
}
