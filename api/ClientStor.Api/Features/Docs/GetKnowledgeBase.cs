namespace ClientStor.Api.Features.Docs;

/// <summary>Where the MSP knowledge base is and what the caller may do in it.</summary>
public sealed class KnowledgeBaseResponse
{
    /// <summary>Use it as the <c>orgId</c> of the knowledge-base routes: <c>/api/v1/orgs/{orgId}/docs/…</c>.</summary>
    public required Guid OrgId { get; set; }
    public required string Name { get; set; }
    /// <summary>The caller's permissions there: <c>docs.read</c>, and <c>docs.write</c> / <c>docs.publish</c> when held platform-wide.</summary>
    public required IReadOnlyList<string> Permissions { get; set; }
}

/// <summary>
/// The MSP knowledge base: articles for every client organisation (escalation policy, standard builds, vendor
/// contacts). Everyone who reads documentation in any organisation reads it; global administrators and holders of
/// <c>docs.write</c> / <c>docs.publish</c> through a team grant to every organisation write and publish in it. 404 for
/// callers who may not read it.
/// </summary>
public sealed class GetKnowledgeBaseEndpoint(CurrentActor actor) : EndpointWithoutRequest<KnowledgeBaseResponse>
{
    public override void Configure()
    {
        Get("docs/knowledge-base");
        Group<KnowledgeBaseGroup>();
        this.RequireSignedIn();
        Summary(s => s.Summary = "Get the MSP knowledge base");
        Description(b => b.WithMetadata(new AllowApiKeys(), new ProblemResponses(404)));
    }

    public override async Task HandleAsync(CancellationToken ct)
    {
        var permissions = await actor.KnowledgeBasePermissionsAsync(ct);
        if (permissions is null)
            throw new NotFoundException("The MSP knowledge base");
        await Send.OkAsync(new KnowledgeBaseResponse
        {
            OrgId = PlatformKnowledgeBase.OrgId, Name = PlatformKnowledgeBase.Name, Permissions = [.. permissions.Order(StringComparer.Ordinal)],
        }, ct);
    }
}

/// <summary><c>/api/v1/docs</c>: the knowledge base shared by every organisation.</summary>
public sealed class KnowledgeBaseGroup() : PlatformGroup("Docs");
