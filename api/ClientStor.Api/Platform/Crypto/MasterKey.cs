using System.Security.Cryptography;

namespace ClientStor.Api.Platform.Crypto;

/// <summary>
/// Where the master key comes from. Exactly one of three settings (environment variables, or the same
/// names in any configuration source) must be present; the key itself is never stored in the database.
/// <list type="bullet">
/// <item><c>CLIENTSTOR_MASTER_KEY</c>: 32 random bytes, base64.</item>
/// <item><c>CLIENTSTOR_MASTER_KEY_FILE</c>: path of a file holding that base64 text.</item>
/// <item><c>CLIENTSTOR_MASTER_PASSWORD</c>: a passphrase stretched with PBKDF2-SHA256 (600,000 iterations) and
/// a random salt kept in the database beside the key metadata.</item>
/// </list>
/// </summary>
public sealed record MasterKeySource(string Kind, string Value)
{
    public const string KeyVariable = "CLIENTSTOR_MASTER_KEY";
    public const string FileVariable = "CLIENTSTOR_MASTER_KEY_FILE";
    public const string PasswordVariable = "CLIENTSTOR_MASTER_PASSWORD";
    public const int PasswordIterations = 600_000;
    public const int KeyBytes = 32;

    public bool IsPassword => Kind == PasswordVariable;

    /// <summary>The configured source, or a <see cref="MasterKeyException"/> that tells the operator what to set.</summary>
    public static MasterKeySource From(IConfiguration configuration)
    {
        var set = new[] { KeyVariable, FileVariable, PasswordVariable }
            .Select(name => (name, value: configuration[name]))
            .Where(x => !string.IsNullOrWhiteSpace(x.value))
            .ToList();
        return set.Count switch
        {
            1 => new MasterKeySource(set[0].name, set[0].value!),
            0 => throw new MasterKeyException(
                $"No master key is configured. Set exactly one of {KeyVariable} (32 random bytes, base64: `openssl rand -base64 32`), " +
                $"{FileVariable} (a file holding that base64 text) or {PasswordVariable} (a long passphrase)."),
            _ => throw new MasterKeyException(
                $"Several master key settings are present ({string.Join(", ", set.Select(x => x.name))}); set exactly one."),
        };
    }

    /// <summary>The 32 key bytes. Password sources need the stored salt.</summary>
    public byte[] Resolve(byte[]? passwordSalt)
    {
        switch (Kind)
        {
            case PasswordVariable:
                if (Value.Length < 16)
                    throw new MasterKeyException($"{PasswordVariable} is too short: use at least 16 characters (a passphrase of several words).");
                return Rfc2898DeriveBytes.Pbkdf2(Value, passwordSalt ?? throw new InvalidOperationException("The master password salt is missing."),
                    PasswordIterations, HashAlgorithmName.SHA256, KeyBytes);
            case FileVariable:
                if (!File.Exists(Value))
                    throw new MasterKeyException($"{FileVariable} points to '{Value}', which does not exist.");
                return Decode(File.ReadAllText(Value).Trim(), $"the file {Value} ({FileVariable})");
            default:
                return Decode(Value.Trim(), KeyVariable);
        }
    }

    private static byte[] Decode(string base64, string where)
    {
        byte[] key;
        try { key = Convert.FromBase64String(base64); }
        catch (FormatException) { throw new MasterKeyException($"The master key in {where} is not valid base64."); }
        if (key.Length != KeyBytes)
            throw new MasterKeyException($"The master key in {where} is {key.Length} bytes; it must be exactly {KeyBytes} (`openssl rand -base64 32`).");
        return key;
    }

    /// <summary>A new random key as base64, for development key files.</summary>
    public static string NewKey() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(KeyBytes));
}

/// <summary>The master key is missing, ambiguous, malformed or not the one the database was encrypted with.</summary>
public sealed class MasterKeyException(string message) : Exception(message);
