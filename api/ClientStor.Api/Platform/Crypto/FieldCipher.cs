using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace ClientStor.Api.Platform.Crypto;

/// <summary>
/// Where a secret lives: the organisation (<see cref="Guid.Empty"/> for platform secrets such as a user's TOTP
/// seed), the record and the field. Bound into every ciphertext as AES-GCM associated data, so ciphertext
/// copied to another row, organisation or field does not decrypt.
/// </summary>
public readonly record struct SecretSlot(Guid Scope, Guid RecordId, string Field)
{
    public static SecretSlot Platform(Guid recordId, string field) => new(Guid.Empty, recordId, field);
}

/// <summary>
/// Encrypts one field at a time with AES-256-GCM under the slot's organisation data key.
/// <para>Envelope format, version 1 (bytes):</para>
/// <code>
///   [0]      format = 0x01
///   [1..4]   key version, big-endian int32
///   [5..16]  nonce, 12 random bytes (a fresh one per encryption)
///   [17..^16] ciphertext (same length as the UTF-8 plaintext)
///   [^16..]  GCM tag, 16 bytes
/// associated data = UTF-8 "clientstor/v1|{scope:N}|{recordId:N}|{field}|{keyVersion}"
/// </code>
/// The key version is authenticated twice: it selects the key and it is part of the associated data.
/// </summary>
public sealed class FieldCipher(KeyRing keys)
{
    public const byte Format = 0x01;
    private const int HeaderBytes = 1 + 4 + NonceBytes;
    private const int NonceBytes = 12;
    private const int TagBytes = 16;

    public async ValueTask<byte[]> EncryptAsync(SecretSlot slot, string plaintext, CancellationToken ct)
    {
        var version = await keys.CurrentVersionAsync(ct);
        return Encrypt(await keys.DataKeyAsync(version, slot.Scope, ct), version, slot, Encoding.UTF8.GetBytes(plaintext));
    }

    /// <summary>The plaintext, or <see cref="SecretUnreadableException"/> when the envelope is damaged, moved or from an unknown key.</summary>
    public async ValueTask<string> DecryptAsync(SecretSlot slot, byte[] envelope, CancellationToken ct)
    {
        int version;
        byte[] key;
        try
        {
            version = KeyVersionOf(envelope);
            key = await keys.DataKeyAsync(version, slot.Scope, ct);
        }
        catch (SecretUnreadableException e) when (e.Slot is null) { throw new SecretUnreadableException(e.Reason, slot); }
        var plaintext = new byte[envelope.Length - HeaderBytes - TagBytes];
        try
        {
            using var aes = new AesGcm(key, TagBytes);
            aes.Decrypt(envelope.AsSpan(5, NonceBytes), envelope.AsSpan(HeaderBytes, plaintext.Length), envelope.AsSpan(^TagBytes),
                plaintext, AssociatedData(slot, version));
            return Encoding.UTF8.GetString(plaintext);
        }
        catch (AuthenticationTagMismatchException)
        {
            throw new SecretUnreadableException("the ciphertext does not belong to this record and field, or was altered", slot);
        }
        finally { CryptographicOperations.ZeroMemory(plaintext); }
    }

    /// <summary>Re-encrypts under the current key version (rotation); returns null when already current.</summary>
    public async ValueTask<byte[]?> ReencryptAsync(SecretSlot slot, byte[] envelope, int targetVersion, CancellationToken ct)
    {
        if (KeyVersionOf(envelope) == targetVersion)
            return null;
        var plaintext = await DecryptAsync(slot, envelope, ct);
        return Encrypt(await keys.DataKeyAsync(targetVersion, slot.Scope, ct), targetVersion, slot, Encoding.UTF8.GetBytes(plaintext));
    }

    public static int KeyVersionOf(byte[] envelope)
    {
        if (envelope.Length < HeaderBytes + TagBytes || envelope[0] != Format)
            throw new SecretUnreadableException("the ciphertext is not in a known envelope format");
        return BinaryPrimitives.ReadInt32BigEndian(envelope.AsSpan(1, 4));
    }

    private static byte[] Encrypt(byte[] key, int version, SecretSlot slot, byte[] plaintext)
    {
        var envelope = new byte[HeaderBytes + plaintext.Length + TagBytes];
        envelope[0] = Format;
        BinaryPrimitives.WriteInt32BigEndian(envelope.AsSpan(1, 4), version);
        RandomNumberGenerator.Fill(envelope.AsSpan(5, NonceBytes));
        try
        {
            using var aes = new AesGcm(key, TagBytes);
            aes.Encrypt(envelope.AsSpan(5, NonceBytes), plaintext, envelope.AsSpan(HeaderBytes, plaintext.Length), envelope.AsSpan(^TagBytes),
                AssociatedData(slot, version));
        }
        finally { CryptographicOperations.ZeroMemory(plaintext); }
        return envelope;
    }

    private static byte[] AssociatedData(SecretSlot slot, int version) =>
        Encoding.UTF8.GetBytes($"clientstor/v1|{slot.Scope:N}|{slot.RecordId:N}|{slot.Field}|{version}");
}

/// <summary>A ciphertext that cannot be decrypted here: moved, altered, or written under a key this server lacks.</summary>
public sealed class SecretUnreadableException(string reason, SecretSlot? slot = null) : Exception($"A stored secret cannot be decrypted: {reason}.")
{
    public string Reason { get; } = reason;
    public SecretSlot? Slot { get; } = slot;
}
