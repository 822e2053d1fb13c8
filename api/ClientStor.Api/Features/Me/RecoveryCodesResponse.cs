namespace ClientStor.Api.Features.Me;

public sealed class RecoveryCodesResponse
{
    /// <summary>Ten one-time codes for when the authenticator app is not at hand. Shown this once; only hashes are kept.</summary>
    public required IReadOnlyList<string> RecoveryCodes { get; set; }
}
