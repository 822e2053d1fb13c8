using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClientStor.Api.Platform.Crypto;

/// <summary>
/// The key hierarchy. The master key (never stored) and a per-version random salt (stored) give, through
/// HKDF-SHA256, one data key per organisation and key version — and one for platform-wide secrets such as
/// users' TOTP seeds. A new version (key rotation) is a new salt: every data key changes while the master
/// key stays where the operator put it. Derived keys are cached in memory; the master key never leaves this class.
/// </summary>
public sealed class KeyRing(IServiceScopeFactory scopes, IConfiguration configuration, ILogger<KeyRing> logger)
{
    private static readonly byte[] CheckLabel = "clientstor/master-key-check/v1"u8.ToArray();
    private static readonly TimeSpan VersionRefresh = TimeSpan.FromMinutes(1);

    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly ConcurrentDictionary<(int Version, Guid Scope), byte[]> dataKeys = new();
    private readonly ConcurrentDictionary<string, byte[]> purposeKeys = new();
    private byte[]? master;
    private Dictionary<int, byte[]> salts = [];
    private int current;
    private DateTimeOffset versionsLoadedAt;

    /// <summary>Loads the master key and checks it against the database (startup calls this to fail early).</summary>
    public async Task InitializeAsync(CancellationToken ct)
    {
        if (master is not null)
            return;
        await gate.WaitAsync(ct);
        try
        {
            if (master is not null)
                return;
            var source = MasterKeySource.From(configuration);
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ClientStorDbContext>();
            var meta = await db.MasterKeyInfo.AsNoTracking().FirstOrDefaultAsync(ct);
            if (meta is null)
            {
                // First start: remember which key this database belongs to (a check value) and the password salt.
                var newSalt = source.IsPassword ? RandomNumberGenerator.GetBytes(32) : null;
                var firstCheck = HMACSHA256.HashData(source.Resolve(newSalt), CheckLabel);
                await db.Database.ExecuteSqlInterpolatedAsync(
                    $"INSERT INTO master_key_info (id, password_salt, key_check, created_at) VALUES (1, {new Npgsql.NpgsqlParameter("salt", NpgsqlTypes.NpgsqlDbType.Bytea) { Value = (object?)newSalt ?? DBNull.Value }}, {firstCheck}, now()) ON CONFLICT (id) DO NOTHING", ct);
                meta = await db.MasterKeyInfo.AsNoTracking().FirstAsync(ct);
            }
            if (source.IsPassword && meta.PasswordSalt is null)
                throw new MasterKeyException($"This database was set up with a master key, not a password: set {MasterKeySource.KeyVariable} or {MasterKeySource.FileVariable} instead of {MasterKeySource.PasswordVariable}.");
            var key = source.Resolve(meta.PasswordSalt);
            var check = HMACSHA256.HashData(key, CheckLabel);
            if (!CryptographicOperations.FixedTimeEquals(check, meta.KeyCheck))
                throw new MasterKeyException(
                    $"The configured master key ({source.Kind}) is not the one this database's secrets were encrypted with. " +
                    "Restore the original key; secrets cannot be decrypted without it.");
            master = key;
            await LoadVersionsAsync(db, ct);
            logger.LogInformation("Master key loaded from {Source}; data key version {Version} is current", source.Kind, current);
        }
        finally { gate.Release(); }
    }

    /// <summary>The key version new ciphertext is written with (the newest; rotation adds one).</summary>
    public async ValueTask<int> CurrentVersionAsync(CancellationToken ct)
    {
        await InitializeAsync(ct);
        if (DateTimeOffset.UtcNow - versionsLoadedAt > VersionRefresh)
            await RefreshVersionsAsync(ct);
        return current;
    }

    /// <summary>The AES-256 data key of an organisation (or of the platform, <see cref="Guid.Empty"/>) for a version.</summary>
    public async ValueTask<byte[]> DataKeyAsync(int version, Guid scope, CancellationToken ct)
    {
        await InitializeAsync(ct);
        if (dataKeys.TryGetValue((version, scope), out var cached))
            return cached;
        if (!salts.ContainsKey(version))
            await RefreshVersionsAsync(ct);
        if (!salts.TryGetValue(version, out var salt))
            throw new SecretUnreadableException($"key version {version} does not exist");
        var info = Encoding.UTF8.GetBytes($"clientstor/data-key/v1/{scope:N}");
        var key = HKDF.DeriveKey(HashAlgorithmName.SHA256, master!, 32, salt, info);
        dataKeys[(version, scope)] = key;
        return key;
    }

    /// <summary>A key for one purpose (for example peppering recovery-code hashes), derived from the master key.</summary>
    public async ValueTask<byte[]> PurposeKeyAsync(string purpose, CancellationToken ct)
    {
        await InitializeAsync(ct);
        return purposeKeys.GetOrAdd(purpose, p => HKDF.DeriveKey(HashAlgorithmName.SHA256, master!, 32, [], Encoding.UTF8.GetBytes($"clientstor/purpose/v1/{p}")));
    }

    /// <summary>Adds a key version and makes it current (rotation). Returns the new version.</summary>
    public async Task<int> AddVersionAsync(CancellationToken ct)
    {
        await InitializeAsync(ct);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ClientStorDbContext>();
        var next = (await db.KeyVersions.MaxAsync(v => (int?)v.Version, ct) ?? 0) + 1;
        db.KeyVersions.Add(new KeyVersion { Version = next, Salt = RandomNumberGenerator.GetBytes(32), CreatedAt = DateTimeOffset.UtcNow });
        await db.SaveChangesAsync(ct);
        await LoadVersionsAsync(db, ct);
        return next;
    }

    private async Task RefreshVersionsAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        await LoadVersionsAsync(scope.ServiceProvider.GetRequiredService<ClientStorDbContext>(), ct);
    }

    private async Task LoadVersionsAsync(ClientStorDbContext db, CancellationToken ct)
    {
        var rows = await db.KeyVersions.AsNoTracking().ToListAsync(ct);
        if (rows.Count == 0)
        {
            await db.Database.ExecuteSqlInterpolatedAsync(
                $"INSERT INTO key_versions (version, salt, created_at) VALUES (1, {RandomNumberGenerator.GetBytes(32)}, now()) ON CONFLICT (version) DO NOTHING", ct);
            rows = await db.KeyVersions.AsNoTracking().ToListAsync(ct);
        }
        salts = rows.ToDictionary(r => r.Version, r => r.Salt);
        current = rows.Max(r => r.Version);
        versionsLoadedAt = DateTimeOffset.UtcNow;
    }
}

/// <summary>Which master key this database belongs to (an HMAC check value, never the key) and the password salt.</summary>
public sealed class MasterKeyInfo
{
    public int Id { get; set; }
    public byte[]? PasswordSalt { get; set; }
    public byte[] KeyCheck { get; set; } = [];
    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>A data key version: its HKDF salt. Ciphertext names the version it was written with.</summary>
public sealed class KeyVersion
{
    public int Version { get; set; }
    public byte[] Salt { get; set; } = [];
    public DateTimeOffset CreatedAt { get; set; }
}

internal sealed class MasterKeyInfoConfiguration : IEntityTypeConfiguration<MasterKeyInfo>
{
    public void Configure(EntityTypeBuilder<MasterKeyInfo> b)
    {
        b.ToTable("master_key_info", t => t.HasCheckConstraint("ck_master_key_info_single_row", "id = 1"));
        b.Property(x => x.Id).ValueGeneratedNever();
    }
}

internal sealed class KeyVersionConfiguration : IEntityTypeConfiguration<KeyVersion>
{
    public void Configure(EntityTypeBuilder<KeyVersion> b)
    {
        b.ToTable("key_versions");
        b.HasKey(x => x.Version);
        b.Property(x => x.Version).ValueGeneratedNever();
    }
}
