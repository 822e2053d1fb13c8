using ClientStor.Api.Features.Auth;
using ClientStor.Api.Hosting;
using System.Security.Cryptography;
using ClientStor.Api.Platform.Crypto;
using ClientStor.Api.Platform.Configuration;
using ClientStor.Tests.Shared;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ClientStor.Api.Tests.Platform;

public sealed class MasterKeySourceTests
{
    private static IConfiguration Config(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();

    [Fact]
    public void Exactly_one_source_must_be_configured()
    {
        Should.Throw<MasterKeyException>(() => MasterKeySource.From(Config())).Message.ShouldContain("CLIENTSTOR_MASTER_KEY");
        Should.Throw<MasterKeyException>(() => MasterKeySource.From(Config(("CLIENTSTOR_MASTER_KEY", MasterKeySource.NewKey()), ("CLIENTSTOR_MASTER_PASSWORD", "a long enough passphrase"))))
            .Message.ShouldContain("exactly one");
        MasterKeySource.From(Config(("CLIENTSTOR_MASTER_PASSWORD", "a long enough passphrase"))).IsPassword.ShouldBeTrue();
    }

    [Fact]
    public void Malformed_keys_are_explained()
    {
        Should.Throw<MasterKeyException>(() => new MasterKeySource(MasterKeySource.KeyVariable, "not base64!").Resolve(null)).Message.ShouldContain("base64");
        Should.Throw<MasterKeyException>(() => new MasterKeySource(MasterKeySource.KeyVariable, Convert.ToBase64String(new byte[16])).Resolve(null)).Message.ShouldContain("16 bytes");
        Should.Throw<MasterKeyException>(() => new MasterKeySource(MasterKeySource.FileVariable, "/nonexistent/master.key").Resolve(null)).Message.ShouldContain("does not exist");
        Should.Throw<MasterKeyException>(() => new MasterKeySource(MasterKeySource.PasswordVariable, "short").Resolve(new byte[32])).Message.ShouldContain("too short");
    }

    [Fact]
    public void A_password_is_stretched_with_the_stored_salt()
    {
        var source = new MasterKeySource(MasterKeySource.PasswordVariable, "correct horse battery staple");
        var salt = RandomNumberGenerator.GetBytes(32);
        var key = source.Resolve(salt);
        key.Length.ShouldBe(32);
        key.ShouldBe(Rfc2898DeriveBytes.Pbkdf2("correct horse battery staple", salt, 600_000, HashAlgorithmName.SHA256, 32));
        source.Resolve(RandomNumberGenerator.GetBytes(32)).ShouldNotBe(key);
    }
}

public sealed class FieldCipherTests(ApiHost api) : IClassFixture<ApiHost>
{
    private FieldCipher Cipher => api.Services.GetRequiredService<FieldCipher>();

    [Fact]
    public async Task Ciphertext_only_decrypts_in_its_own_org_record_and_field()
    {
        var org = Guid.NewGuid();
        var record = Guid.NewGuid();
        var slot = new SecretSlot(org, record, "password");
        var envelope = await Cipher.EncryptAsync(slot, "hunter2 — ünïcode", CancellationToken.None);
        envelope[0].ShouldBe(FieldCipher.Format);
        (await Cipher.DecryptAsync(slot, envelope, CancellationToken.None)).ShouldBe("hunter2 — ünïcode");
        // Random nonce: the same plaintext never gives the same ciphertext.
        (await Cipher.EncryptAsync(slot, "hunter2 — ünïcode", CancellationToken.None)).ShouldNotBe(envelope);

        await Should.ThrowAsync<SecretUnreadableException>(async () => await Cipher.DecryptAsync(slot with { Scope = Guid.NewGuid() }, envelope, CancellationToken.None));
        await Should.ThrowAsync<SecretUnreadableException>(async () => await Cipher.DecryptAsync(slot with { RecordId = Guid.NewGuid() }, envelope, CancellationToken.None));
        await Should.ThrowAsync<SecretUnreadableException>(async () => await Cipher.DecryptAsync(slot with { Field = "otpSeed" }, envelope, CancellationToken.None));
        var flipped = (byte[])envelope.Clone();
        flipped[^20] ^= 0x01;
        await Should.ThrowAsync<SecretUnreadableException>(async () => await Cipher.DecryptAsync(slot, flipped, CancellationToken.None));
        var wrongVersion = (byte[])envelope.Clone();
        wrongVersion[4] = 99;
        await Should.ThrowAsync<SecretUnreadableException>(async () => await Cipher.DecryptAsync(slot, wrongVersion, CancellationToken.None));
        await Should.ThrowAsync<SecretUnreadableException>(async () => await Cipher.DecryptAsync(slot, [1, 2, 3], CancellationToken.None));
    }

    [Fact]
    public async Task A_different_master_key_stops_the_server_at_startup()
    {
        var other = ClientStorApp.Build(["--urls", "http://127.0.0.1:0", "--environment", "Testing"], b =>
        {
            b.Configuration["ConnectionStrings:ClientStor"] = api.ConnectionString;
            b.Configuration["CLIENTSTOR_MASTER_KEY"] = MasterKeySource.NewKey();
            b.Configuration["ClientStor:RegisterSpaClient"] = "false";
            b.Logging.ClearProviders();
        });
        await using (other)
            (await Should.ThrowAsync<MasterKeyException>(() => other.StartAsync())).Message.ShouldContain("not the one this database");

        var none = ClientStorApp.Build(["--urls", "http://127.0.0.1:0", "--environment", "Production"], b =>
        {
            b.Configuration["ConnectionStrings:ClientStor"] = api.ConnectionString;
            b.Configuration["ClientStor:RegisterSpaClient"] = "false";
            b.Logging.ClearProviders();
        });
        await using (none)
            (await Should.ThrowAsync<MasterKeyException>(() => none.StartAsync())).Message.ShouldContain("No master key is configured");
    }
}

/// <summary>The OAuth server's RSA keys are stored encrypted; keys written before that are encrypted on first load.</summary>
public sealed class ServerKeyEncryptionTests(ApiHost api) : IClassFixture<ApiHost>
{
    [Fact]
    public async Task A_legacy_plaintext_key_is_encrypted_on_first_use_and_still_signs()
    {
        using var legacy = System.Security.Cryptography.RSA.Create(2048);
        var id = Guid.CreateVersion7();
        await using (var scope = api.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ClientStor.Api.Platform.Data.ClientStorDbContext>();
            db.ServerKeys.Add(new ServerKey { Id = id, Use = "sig", Pem = legacy.ExportPkcs8PrivateKeyPem(), CreatedAt = DateTimeOffset.UtcNow });
            await db.SaveChangesAsync();
        }
        using var admin = await api.AdminAsync();
        (await admin.GetAsync("/api/v1/me")).StatusCode.ShouldBe(System.Net.HttpStatusCode.OK);

        await using var check = api.Services.CreateAsyncScope();
        var rows = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
            check.ServiceProvider.GetRequiredService<ClientStor.Api.Platform.Data.ClientStorDbContext>().ServerKeys);
        rows.Count.ShouldBe(2);
        rows.ShouldAllBe(r => r.Pem == null && r.PemCiphertext != null && r.PemCiphertext[0] == FieldCipher.Format);
        // The token was signed with the legacy key: its kid is that row's id.
        var jwks = await api.Anonymous().GetStringAsync("/.well-known/jwks");
        jwks.ShouldContain(id.ToString("N"));
    }
}
