using System.Security.Cryptography;
using System.Text;
using ClientStor.Api.Features.Settings;
using ClientStor.Api.Platform.Crypto;
using OtpNet;
using QRCoder;

namespace ClientStor.Api.Features.Users;

/// <summary>How a second-factor code checked out.</summary>
public enum MfaCheck { Totp, RecoveryCode, Wrong, Replayed, NotEnrolled }

public sealed record TotpEnrolment(string Secret, string OtpauthUri, string QrPng, string QrSvg);

/// <summary>
/// TOTP (RFC 6238: SHA-1, 6 digits, 30-second steps, ±1 step accepted) and recovery codes. A step, once
/// accepted, is stored; a code for it or any earlier step is refused, atomically in the database so two
/// replicas cannot both accept one code. Seeds are encrypted with the platform data key (AES-256-GCM).
/// </summary>
public sealed class MfaService(ClientStorDbContext db, FieldCipher cipher, KeyRing keys)
{
    public const string Issuer = "ClientStor";
    public const int RecoveryCodeCount = 10;
    private const int StepSeconds = 30;
    private const string RecoveryAlphabet = "ABCDEFGHJKMNPQRSTVWXYZ23456789";

    public static SecretSlot TotpSlot(Guid userId) => SecretSlot.Platform(userId, "totp_secret");
    public static SecretSlot PendingSlot(Guid userId) => SecretSlot.Platform(userId, "totp_pending_secret");

    /// <summary>True when the user must use MFA (their own flag or the platform setting).</summary>
    public async Task<bool> IsRequiredAsync(User user, CancellationToken ct) =>
        user.RequireMfa || await db.PlatformSettings.AsNoTracking().AnyAsync(s => s.RequireMfa, ct);

    /// <summary>Starts (or restarts) enrolment: a new seed, held as pending until a code confirms it. The caller saves.</summary>
    public async Task<TotpEnrolment> BeginEnrolmentAsync(User user, CancellationToken ct)
    {
        var seed = KeyGeneration.GenerateRandomKey(20);
        var secret = Base32Encoding.ToString(seed);
        CryptographicOperations.ZeroMemory(seed);
        user.TotpPendingSecret = await cipher.EncryptAsync(PendingSlot(user.Id), secret, ct);
        var label = Uri.EscapeDataString($"{Issuer}:{user.Email}");
        var uri = $"otpauth://totp/{label}?secret={secret}&issuer={Uri.EscapeDataString(Issuer)}&algorithm=SHA1&digits=6&period={StepSeconds}";
        using var qr = QRCodeGenerator.GenerateQrCode(uri, QRCodeGenerator.ECCLevel.M);
        var png = Convert.ToBase64String(new PngByteQRCode(qr).GetGraphic(6));
        var svg = new SvgQRCode(qr).GetGraphic(6);
        return new TotpEnrolment(secret, uri, png, svg);
    }

    /// <summary>Confirms a pending enrolment with a code; on success the seed becomes active. The caller saves.</summary>
    public async Task<bool> ConfirmEnrolmentAsync(User user, string code, CancellationToken ct)
    {
        if (user.TotpPendingSecret is null)
            return false;
        var secret = await cipher.DecryptAsync(PendingSlot(user.Id), user.TotpPendingSecret, ct);
        if (MatchStep(secret, code, DateTime.UtcNow) is not { } step)
            return false;
        user.TotpSecret = await cipher.EncryptAsync(TotpSlot(user.Id), secret, ct);
        user.TotpPendingSecret = null;
        user.TotpEnabledAt = DateTimeOffset.UtcNow;
        user.TotpLastStep = step;
        return true;
    }

    /// <summary>Checks a TOTP code or a recovery code and consumes it (the step or the code cannot be used again).</summary>
    public async Task<MfaCheck> CheckAsync(User user, string? code, CancellationToken ct)
    {
        if (user.TotpSecret is null)
            return MfaCheck.NotEnrolled;
        code = (code ?? "").Trim();
        if (code.Length == 6 && code.All(char.IsAsciiDigit))
        {
            var secret = await cipher.DecryptAsync(TotpSlot(user.Id), user.TotpSecret, ct);
            if (MatchStep(secret, code, DateTime.UtcNow) is not { } step)
                return MfaCheck.Wrong;
            // Accepted only if no code for this step (or a later one) was accepted before: one atomic statement.
            var claimed = await db.Users.Where(u => u.Id == user.Id && (u.TotpLastStep == null || u.TotpLastStep < step))
                .ExecuteUpdateAsync(s => s.SetProperty(u => u.TotpLastStep, step), ct);
            return claimed == 1 ? MfaCheck.Totp : MfaCheck.Replayed;
        }
        var normalized = NormalizeRecoveryCode(code);
        if (normalized.Length != 16)
            return MfaCheck.Wrong;
        var hash = await HashRecoveryCodeAsync(normalized, ct);
        var now = DateTimeOffset.UtcNow;
        var used = await db.RecoveryCodes.Where(r => r.UserId == user.Id && r.Hash == hash && r.UsedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.UsedAt, now), ct);
        return used == 1 ? MfaCheck.RecoveryCode : MfaCheck.Wrong;
    }

    /// <summary>Replaces the user's recovery codes with ten new ones (returned once, stored hashed). The caller saves.</summary>
    public async Task<IReadOnlyList<string>> NewRecoveryCodesAsync(Guid userId, CancellationToken ct)
    {
        db.RecoveryCodes.RemoveRange(await db.RecoveryCodes.Where(r => r.UserId == userId).ToListAsync(ct));
        var codes = new List<string>();
        var now = DateTimeOffset.UtcNow;
        for (var i = 0; i < RecoveryCodeCount; i++)
        {
            var raw = RandomNumberGenerator.GetString(RecoveryAlphabet, 16);
            codes.Add(string.Join('-', raw.Chunk(4).Select(c => new string(c))));
            db.RecoveryCodes.Add(new RecoveryCode { Id = Guid.CreateVersion7(), UserId = userId, Hash = await HashRecoveryCodeAsync(raw, ct), CreatedAt = now });
        }
        return codes;
    }

    public Task<int> RecoveryCodesLeftAsync(Guid userId, CancellationToken ct) =>
        db.RecoveryCodes.CountAsync(r => r.UserId == userId && r.UsedAt == null, ct);

    /// <summary>Removes TOTP and recovery codes (user turning MFA off, or an administrator's reset). The caller saves.</summary>
    public async Task RemoveAsync(User user, CancellationToken ct)
    {
        user.TotpSecret = user.TotpPendingSecret = null;
        user.TotpEnabledAt = null;
        user.TotpLastStep = null;
        db.RecoveryCodes.RemoveRange(await db.RecoveryCodes.Where(r => r.UserId == user.Id).ToListAsync(ct));
    }

    /// <summary>The time step a 6-digit code is valid for (current, previous or next), or null.</summary>
    internal static long? MatchStep(string base32Secret, string code, DateTime utcNow)
    {
        var totp = new Totp(Base32Encoding.ToBytes(base32Secret), StepSeconds, OtpHashMode.Sha1, 6);
        return totp.VerifyTotp(utcNow, code.Trim(), out var step, new VerificationWindow(previous: 1, future: 1)) ? step : null;
    }

    internal static string NormalizeRecoveryCode(string code) =>
        new(code.ToUpperInvariant().Where(char.IsAsciiLetterOrDigit).ToArray());

    private async Task<byte[]> HashRecoveryCodeAsync(string normalized, CancellationToken ct) =>
        HMACSHA256.HashData(await keys.PurposeKeyAsync("recovery-codes", ct), Encoding.UTF8.GetBytes(normalized));
}
