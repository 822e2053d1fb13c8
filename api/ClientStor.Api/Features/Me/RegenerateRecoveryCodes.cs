using ClientStor.Api.Features.Users;

namespace ClientStor.Api.Features.Me;

/// <summary>Replaces your recovery codes with ten new ones; the old ones stop working (fresh re-authentication).</summary>
public sealed class RegenerateRecoveryCodesEndpoint(ClientStorDbContext db, CurrentActor actor, MfaService mfa, AuditLog audit) : EndpointWithoutRequest<RecoveryCodesResponse>
{
    public override void Configure()
    {
        Post("me/mfa/recovery-codes");
        Group<MeGroup>();
        this.RequireSignedIn();
        this.RequireFreshReauth();
        Summary(s => s.Summary = "Generate new recovery codes");
        Description(b => b.WithMetadata(new ProblemResponses(409)));
    }

    public override async Task HandleAsync(CancellationToken ct)
    {
        var user = await db.Users.FindUserAsync(actor.UserId!.Value, ct);
        if (user.TotpSecret is null)
            throw new ConflictException("Set up an authenticator app first; recovery codes come with it.");
        var codes = await mfa.NewRecoveryCodesAsync(user.Id, ct);
        await audit.SaveAsync(new AuditEntry(AuditCategories.Authentication, "mfa.recovery_codes_regenerated")
        {
            TargetType = "user", TargetId = user.Id.ToString(),
        }, ct);
        HttpContext.Response.Headers.CacheControl = "no-store";
        await Send.OkAsync(new RecoveryCodesResponse { RecoveryCodes = codes }, ct);
    }
}
