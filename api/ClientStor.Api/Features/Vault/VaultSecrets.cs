using System.Text.RegularExpressions;
using ClientStor.Api.Platform.Crypto;
using OtpNet;

namespace ClientStor.Api.Features.Vault;

/// <summary>Encrypts and decrypts a credential's secret fields; plaintext exists only in memory during a request.</summary>
public sealed partial class VaultSecrets(FieldCipher cipher, KeyRing keys, ClientStorDbContext db)
{
    public const string Password = "password";
    public const string OtpSeed = "otpSeed";
    public const string CustomPrefix = "custom:";

    public static SecretSlot Slot(Guid orgId, Guid credentialId, string field) => new(orgId, credentialId, field);

    /// <summary>Sets (encrypts) one secret field on the credential, replacing any previous value.</summary>
    public async Task SetAsync(Credential credential, string field, string value, CancellationToken ct)
    {
        var envelope = await cipher.EncryptAsync(Slot(credential.OrgId, credential.Id, field), value, ct);
        var version = FieldCipher.KeyVersionOf(envelope);
        var now = DateTimeOffset.UtcNow;
        if (credential.Secrets.FirstOrDefault(s => s.Field == field) is { } existing)
        {
            existing.Ciphertext = envelope;
            existing.KeyVersion = version;
            existing.UpdatedAt = now;
        }
        else
        {
            var secret = new CredentialSecret
            {
                CredentialId = credential.Id, OrgId = credential.OrgId, Field = field, Ciphertext = envelope, KeyVersion = version, UpdatedAt = now,
            };
            credential.Secrets.Add(secret);
            // Explicitly added: its key is set, so EF would otherwise take it for an existing row of a tracked credential.
            db.CredentialSecrets.Add(secret);
        }
    }

    /// <summary>One stored secret field of a credential of the organisation, with the credential's name; 404 when either is missing.</summary>
    public async Task<(CredentialSecret Secret, string CredentialName)> FindAsync(Guid orgId, Guid credentialId, string field, CancellationToken ct)
    {
        // Two primary-key lookups: projecting Secrets.FirstOrDefault made EF rank every secret row (ROW_NUMBER over
        // credential_secrets, a sequential scan growing with the vault — measured by the benchmark).
        var name = await db.Credentials.AsNoTracking().Where(c => c.Id == credentialId && c.OrgId == orgId).Select(c => c.Name).FirstOrDefaultAsync(ct)
            ?? throw new NotFoundException(ResourceInfo.Of<Credential>().Title);
        var secret = await db.CredentialSecrets.AsNoTracking()
            .FirstOrDefaultAsync(s => s.CredentialId == credentialId && s.Field == field && s.OrgId == orgId, ct)
            ?? throw new NotFoundException($"The secret field '{field}' of this credential");
        return (secret, name);
    }

    public ValueTask<string> RevealAsync(CredentialSecret secret, CancellationToken ct) =>
        cipher.DecryptAsync(Slot(secret.OrgId, secret.CredentialId, secret.Field), secret.Ciphertext, ct);

    /// <summary>The current code and seconds left for a stored TOTP seed.</summary>
    public async Task<(string Code, int SecondsLeft)> TotpAsync(CredentialSecret seed, CancellationToken ct)
    {
        var secret = await RevealAsync(seed, ct);
        var totp = new Totp(Base32Encoding.ToBytes(secret));
        return (totp.ComputeTotp(DateTime.UtcNow), totp.RemainingSeconds(DateTime.UtcNow));
    }

    public Task<int> CurrentKeyVersionAsync(CancellationToken ct) => keys.CurrentVersionAsync(ct).AsTask();

    /// <summary>
    /// A TOTP seed as people paste it: base32 (spaces and dashes ignored, any case) or a whole
    /// <c>otpauth://totp/...?secret=...</c> URI. Null when it is neither.
    /// </summary>
    public static string? NormalizeOtpSeed(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
            return null;
        var value = input.Trim();
        if (value.StartsWith("otpauth://", StringComparison.OrdinalIgnoreCase))
        {
            if (!Uri.TryCreate(value, UriKind.Absolute, out var uri))
                return null;
            value = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(uri.Query).TryGetValue("secret", out var s) ? s.ToString() : "";
        }
        value = value.Replace(" ", "").Replace("-", "").TrimEnd('=').ToUpperInvariant();
        if (value.Length < 16 || !Base32().IsMatch(value))
            return null;
        return value;
    }

    public static bool IsCustomFieldName(string name) => CustomName().IsMatch(name);

    [GeneratedRegex("^[A-Z2-7]+$")]
    private static partial Regex Base32();

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9 _.\-]{0,99}$")]
    private static partial Regex CustomName();
}
