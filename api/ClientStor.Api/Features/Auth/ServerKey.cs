using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ClientStor.Api.Platform.Configuration;
using ClientStor.Api.Platform.Crypto;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Server;

namespace ClientStor.Api.Features.Auth;

/// <summary>
/// RSA keys the OAuth server signs and encrypts tokens with. They live in the database (not on one
/// machine's disk) so that every API replica issues and accepts the same tokens — encrypted with the master key
/// (platform data key, AES-256-GCM), so a database dump alone cannot mint or read tokens.
/// </summary>
public sealed class ServerKey
{
    public Guid Id { get; set; }
    public string Use { get; set; } = "";
    /// <summary>Only on rows written before keys were encrypted; moved into <see cref="PemCiphertext"/> on first load.</summary>
    public string? Pem { get; set; }
    public byte[]? PemCiphertext { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

internal sealed class ServerKeyConfiguration : IEntityTypeConfiguration<ServerKey>
{
    public void Configure(EntityTypeBuilder<ServerKey> b)
    {
        b.ToTable("server_keys");
        b.Property(x => x.Use).HasMaxLength(16);
        b.HasIndex(x => x.Use).IsUnique();
    }
}

/// <summary>Loads (creating on first use) the signing and encryption keys when OpenIddict's options are first built.</summary>
internal sealed class ServerKeyOptionsSetup(IServiceScopeFactory scopes, IOptions<ClientStorOptions> settings, FieldCipher cipher) : IConfigureOptions<OpenIddictServerOptions>
{
    public void Configure(OpenIddictServerOptions options)
    {
        if (settings.Value.Offline)
        {
            // Exporting the OpenAPI document needs no database and issues no tokens: throwaway keys suffice.
            options.SigningCredentials.Add(new SigningCredentials(new RsaSecurityKey(RSA.Create(2048)), SecurityAlgorithms.RsaSha256));
            options.EncryptionCredentials.Add(new EncryptingCredentials(new RsaSecurityKey(RSA.Create(2048)),
                SecurityAlgorithms.RsaOAEP, SecurityAlgorithms.Aes256CbcHmacSha512));
            return;
        }
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ClientStorDbContext>();
        options.SigningCredentials.Add(new SigningCredentials(Load(db, "sig"), SecurityAlgorithms.RsaSha256));
        options.EncryptionCredentials.Add(new EncryptingCredentials(Load(db, "enc"),
            SecurityAlgorithms.RsaOAEP, SecurityAlgorithms.Aes256CbcHmacSha512));
    }

    public static SecretSlot Slot(Guid keyId) => SecretSlot.Platform(keyId, "pem_ciphertext");

    // Options setup is synchronous; this runs once per process, off any synchronization context.
    private byte[] Encrypt(Guid id, string pem) => cipher.EncryptAsync(Slot(id), pem, CancellationToken.None).AsTask().GetAwaiter().GetResult();

    private RsaSecurityKey Load(ClientStorDbContext db, string use)
    {
        var row = db.ServerKeys.AsNoTracking().FirstOrDefault(k => k.Use == use);
        if (row is { PemCiphertext: null, Pem: { } legacy })
        {
            var encrypted = Encrypt(row.Id, legacy);
            db.ServerKeys.Where(k => k.Id == row.Id && k.PemCiphertext == null)
                .ExecuteUpdate(u => u.SetProperty(k => k.PemCiphertext, encrypted).SetProperty(k => k.Pem, (string?)null));
            row = db.ServerKeys.AsNoTracking().First(k => k.Id == row.Id);
        }
        if (row is null)
        {
            using var fresh = RSA.Create(2048);
            var id = Guid.CreateVersion7();
            row = new ServerKey { Id = id, Use = use, PemCiphertext = Encrypt(id, fresh.ExportPkcs8PrivateKeyPem()), CreatedAt = DateTimeOffset.UtcNow };
            db.ServerKeys.Add(row);
            try
            {
                db.SaveChanges();
            }
            catch (DbUpdateException)
            {
                // Another replica created it first: use theirs.
                db.ChangeTracker.Clear();
                row = db.ServerKeys.AsNoTracking().First(k => k.Use == use);
            }
        }
        var rsa = RSA.Create();
        rsa.ImportFromPem(cipher.DecryptAsync(Slot(row.Id), row.PemCiphertext!, CancellationToken.None).AsTask().GetAwaiter().GetResult());
        return new RsaSecurityKey(rsa) { KeyId = row.Id.ToString("N") };
    }
}
