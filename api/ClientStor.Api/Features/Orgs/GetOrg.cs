using ClientStor.Api.Platform.Data;
using ClientStor.Api.Platform.Errors;
using ClientStor.Api.Platform.OpenApi;
using ClientStor.Api.Platform.Authorization;
using FastEndpoints;
using Microsoft.EntityFrameworkCore;

namespace ClientStor.Api.Features.Orgs;

public sealed class GetOrgRequest
{
    [RouteParam] public Guid OrgId { get; set; }
}

/// <summary>Reads one organisation.</summary>
public sealed class GetOrgEndpoint(ClientStorDbContext db) : Endpoint<GetOrgRequest, OrgResponse>
{
    public override void Configure()
    {
        Get("/api/v1/orgs/{orgId}");
        this.RequireOrgPermission("org.read");
        Tags("Orgs");
        Summary(s => s.Summary = "Get an organisation");
        Description(b => b.WithMetadata(new ProblemResponses(404)));
    }

    public override async Task HandleAsync(GetOrgRequest req, CancellationToken ct)
    {
        var org = await db.Orgs.AsNoTracking().FirstOrDefaultAsync(o => o.Id == req.OrgId, ct);
        if (org is null)
        {
            await Send.ResultAsync(Problems.NotFound("The organisation"));
            return;
        }
        var response = OrgResponse.From(org);
        HttpContext.Response.Headers.ETag = response.Etag;
        await Send.OkAsync(response, ct);
    }
}
