using System.Net.Http.Json;
using System.Text.Json;
using ClientStor.Tests.Shared;
using OtpNet;

namespace ClientStor.Api.Tests.Contract;

/// <summary>
/// A valid call of a write operation in a <see cref="ResourceWorld"/>: its body, how many audit rows it writes (one,
/// unless it imports many things), and the caller it needs (<see cref="Caller.Me"/>: a user of its own, for /me routes
/// that would change the administrator's own account), the query string it needs (<see cref="Query"/>, without the "?"). An operation of the OpenAPI document without a sample fails the
/// contract suites, which then say which one to add here.
/// </summary>
public sealed record ContractSample(Func<ResourceWorld, object?> Body, int AuditRows = 1, Caller Caller = Caller.Admin, string? ContentType = null,
    Func<ResourceWorld, string>? RawBody = null, bool Mutates = true, Func<ContractContext, Task<object?>>? BodyAsync = null,
    Func<ResourceWorld, IReadOnlyDictionary<string, string>>? Route = null, string? Query = null);

public enum Caller { Admin, Me }

/// <summary>What a sample may prepare with (before the suite starts counting): the API, the world, the /me user.</summary>
public sealed record ContractContext(ApiHost Api, ResourceWorld World, HttpClient Me, string MeEmail, HttpClient Admin);

public static class ContractSamples
{
    private static string Unique => Guid.NewGuid().ToString("N")[..8];

    public static readonly IReadOnlyDictionary<string, ContractSample> ByOperation = new Dictionary<string, ContractSample>
    {
        // Orgs
        ["CreateOrg"] = new(_ => new { name = "Contract " + Unique }),
        ["UpdateOrg"] = new(_ => new { notes = "Updated " + Unique }),
        ["DeleteOrg"] = new(_ => null),
        // Locations, contacts
        ["CreateLocation"] = new(_ => new { name = "Site " + Unique }),
        ["UpdateLocation"] = new(_ => new { address = "1 Main St " + Unique }),
        ["DeleteLocation"] = new(_ => null, Route: w => new Dictionary<string, string> { ["locationId"] = w.Spare["closet"].ToString() }),
        ["CreateContact"] = new(_ => new { name = "Grace " + Unique }),
        ["UpdateContact"] = new(_ => new { phone = "+1 555 " + Unique[..4] }),
        ["DeleteContact"] = new(_ => null),
        // Assets
        ["CreateAsset"] = new(w => new { type = "server", name = "SRV " + Unique, locationId = w.Noun["location"], contactId = w.Noun["contact"] }),
        ["UpdateAsset"] = new(_ => new { model = "R" + Unique[..4] }),
        ["DeleteAsset"] = new(_ => null),
        ["CreateAssetType"] = new(_ => new { key = "type-" + Unique, name = "Type " + Unique, fields = Array.Empty<object>() }),
        ["DeleteAssetType"] = new(_ => null),
        ["CreateInterface"] = new(_ => new { name = "eth-" + Unique[..4] }),
        ["DeleteInterface"] = new(_ => null),
        ["CreateRelation"] = new(w => new { toAssetId = w.Spare["asset"], kind = "depends-on" }),
        ["DeleteRelation"] = new(_ => null),
        ["ImportAssets"] = new(_ => null, AuditRows: 2, ContentType: "text/csv", RawBody: _ => $"type,name\r\nserver,Imported {Unique}\r\n"),
        ["NmapImport"] = new(_ => null, AuditRows: 3, ContentType: "application/xml", RawBody: _ => NmapOneHost),
        // IPAM
        ["CreateVlan"] = new(_ => new { vid = Random.Shared.Next(100, 4000), name = "VLAN " + Unique }),
        ["CreateSubnet"] = new(w => new { network = $"10.{Random.Shared.Next(20, 250)}.{Random.Shared.Next(0, 250)}.0/24", vlanId = w.Noun["vlan"], locationId = w.Noun["location"] }),
        ["DeleteSubnet"] = new(_ => null, Route: w => new Dictionary<string, string> { ["subnetId"] = w.Spare["subnet"].ToString() }),
        ["CreateIpAddress"] = new(w => new { address = $"10.10.0.{Random.Shared.Next(20, 250)}", assetId = w.Noun["asset"], interfaceId = w.Noun["interface"] }),
        ["UpdateIpAddress"] = new(_ => new { hostname = "host-" + Unique }),
        ["DeleteIpAddress"] = new(_ => null),
        // Racks
        ["CreateRack"] = new(w => new { name = "Rack " + Unique, heightU = 42, locationId = w.Noun["location"] }),
        ["PlaceAsset"] = new(w => new { assetId = w.Spare["asset"], positionU = 30, heightU = 1 }),
        ["RemovePlacement"] = new(_ => null),
        ["CreatePatchPanel"] = new(w => new { name = "PP " + Unique, portCount = 12, rackId = w.Noun["rack"] }),
        ["ConnectPort"] = new(_ => new { label = "Desk " + Unique[..4] }),
        ["MovePatchPanel"] = new(w => new { rackId = w.Noun["rack"], positionU = 20 }),
        ["DisconnectPort"] = new(_ => null),
        // Vault
        ["CreateCredential"] = new(w => new { name = "Cred " + Unique, username = "u", password = "pw-" + Unique, folderId = w.Noun["folder"], assetIds = new[] { w.Noun["asset"] } }),
        ["UpdateCredential"] = new(_ => new { username = "user-" + Unique }),
        ["DeleteCredential"] = new(_ => null),
        ["CreateFolder"] = new(w => new { name = "Folder " + Unique, parentId = w.Noun["folder"] }),
        ["DeleteFolder"] = new(_ => null, Route: w => new Dictionary<string, string> { ["folderId"] = w.Spare["folder"].ToString() }),
        ["RevealSecret"] = new(_ => new { field = "password" }),
        ["GeneratePassword"] = new(_ => new { length = 24 }, AuditRows: 0, Mutates: false),
        // Knowledge base
        ["CreateDocFolder"] = new(w => new { name = "Folder " + Unique, parentId = w.Noun["doc_folder"] }),
        ["UpdateDocFolder"] = new(_ => new { name = "Renamed " + Unique }),
        ["DeleteDocFolder"] = new(_ => null, Route: w => new Dictionary<string, string> { ["docFolderId"] = w.Spare["doc_folder"].ToString() }),
        ["CreateArticle"] = new(w => new { title = "Article " + Unique, body = "Text " + Unique, folderId = w.Noun["doc_folder"], assetIds = new[] { w.Noun["asset"] },
            credentialIds = new[] { w.Noun["credential"] }, contactIds = new[] { w.Noun["contact"] }, templateArticleId = w.Noun["article"] }),
        ["UpdateArticle"] = new(_ => new { body = "Changed " + Unique, summary = "Contract edit" }),
        ["DeleteArticle"] = new(_ => null),
        ["RestoreArticleRevision"] = new(_ => null),
        ["ApproveArticleRevision"] = new(_ => new { comment = "Looks right" },
            Route: w => new Dictionary<string, string> { ["articleId"] = w.Spare["review_article"].ToString(), ["number"] = "2" }),
        ["RejectArticleRevision"] = new(_ => new { comment = "Weekly is too often" },
            Route: w => new Dictionary<string, string> { ["articleId"] = w.Spare["review_article"].ToString(), ["number"] = "3" }),
        ["MergeArticle"] = new(_ => new { baseRevision = 1, body = "# Backups\n\nNightly at 01:00." }, AuditRows: 0, Mutates: false),
        // Attachments: the world has one file on each kind of parent (the asset's is the default attachmentId).
        ["UploadArticleAttachment"] = new(_ => null, ContentType: "text/plain", RawBody: _ => "Runbook notes " + Unique, Query: "fileName=notes.txt"),
        ["UploadAssetAttachment"] = new(_ => null, ContentType: "text/plain", RawBody: _ => "Asset notes " + Unique, Query: "fileName=notes.txt"),
        ["UploadCredentialAttachment"] = new(_ => null, ContentType: "text/plain", RawBody: _ => "-----BEGIN CERTIFICATE-----\n" + Unique, Query: "fileName=vpn.pem"),
        ["DeleteArticleAttachment"] = new(_ => null, Route: w => new Dictionary<string, string> { ["attachmentId"] = w.Spare["article_attachment"].ToString() }),
        ["DeleteAssetAttachment"] = new(_ => null),
        ["DeleteCredentialAttachment"] = new(_ => null, Route: w => new Dictionary<string, string> { ["attachmentId"] = w.Spare["credential_attachment"].ToString() }),
        ["PreviewArticle"] = new(_ => new { body = "**bold** " + Unique }, AuditRows: 0, Mutates: false),
        ["CreateDiagram"] = new(w => new { name = "Diagram " + Unique, folderId = w.Noun["doc_folder"], xml = ResourceWorld.DiagramXml("Shape " + Unique, w.Noun["asset"]), svg = ResourceWorld.DiagramSvg }),
        ["UpdateDiagram"] = new(w => new { xml = ResourceWorld.DiagramXml("Changed " + Unique, w.Noun["asset"]), svg = ResourceWorld.DiagramSvg, summary = "Contract edit" }),
        ["DeleteDiagram"] = new(_ => null),
        ["RestoreDiagramRevision"] = new(_ => null),
        // Floor plans: the world's plan has an SVG drawing (revision 1) and pins (revision 2).
        ["CreateFloorPlan"] = new(w => new { name = "Plan " + Unique, locationId = w.Noun["location"], level = "1st floor" }),
        ["UpdateFloorPlan"] = new(_ => new { description = "Described " + Unique }),
        ["DeleteFloorPlan"] = new(_ => null),
        ["ReplaceFloorPlanDrawing"] = new(_ => null, ContentType: "image/svg+xml", RawBody: _ => ResourceWorld.FloorPlanSvg, Query: "fileName=plan.svg&summary=Contract"),
        ["UpdateFloorPlanPins"] = new(w => new { pins = new[] { new { kind = "asset", x = 0.5, y = 0.25, assetId = w.Noun["asset"], label = "Desk " + Unique[..4] } }, summary = "Contract pins" }),
        ["RestoreFloorPlanRevision"] = new(_ => null),
        // Roles, members, keys
        ["CreateRole"] = new(_ => new { name = "Role " + Unique, permissions = new[] { "org.read" } }),
        ["UpdateRole"] = new(_ => new { description = "Described " + Unique }),
        ["DeleteRole"] = new(_ => null),
        ["AddMember"] = new(_ => null, BodyAsync: async c =>
        {
            var email = $"added-{Unique}@clientstor.test";
            await c.Api.CreateUserAsync(email, "a long enough passphrase for members");
            return new { email, roleIds = new[] { c.World.Noun["role"] } };
        }),
        ["UpdateMember"] = new(w => new { roleIds = new[] { w.Noun["role"] } }),
        ["RemoveMember"] = new(_ => null),
        ["CreateOrgApiKey"] = new(_ => new { name = "Key " + Unique, scopes = new[] { "assets.read" } }),
        ["RotateOrgApiKey"] = new(_ => null),
        ["RevokeOrgApiKey"] = new(_ => null),
        ["CreatePlatformApiKey"] = new(w => new { name = "Platform key " + Unique, scopes = new[] { "assets.read" }, orgIds = new[] { w.OrgId } }),
        ["RotatePlatformApiKey"] = new(_ => null),
        ["RevokePlatformApiKey"] = new(_ => null),
        // Users and the signed-in user's own account
        ["CreateUser"] = new(_ => new { email = $"user-{Unique}@clientstor.test", password = "a long enough passphrase " + Unique, displayName = "New user" }),
        ["UpdateUser"] = new(_ => new { displayName = "Renamed " + Unique }),
        ["UnlockUser"] = new(_ => null, BodyAsync: async c =>
        {
            // Locked first: five wrong passwords (the suite's host allows that many sign-in attempts).
            using var anonymous = c.Api.Anonymous();
            var email = (await c.Admin.GetFromJsonAsync<JsonElement>($"/api/v1/users/{c.World["userId"]}")).GetProperty("email").GetString();
            for (var i = 0; i < 5; i++)
                await anonymous.PostAsJsonAsync("/api/v1/auth/login", new { email, password = "wrong password " + i });
            return null;
        }),
        ["ResetPassword"] = new(_ => new { newPassword = "another long passphrase " + Unique }),
        ["ResetUserMfa"] = new(_ => null),
        ["EndUserSession"] = new(_ => null),
        ["ChangePassword"] = new(_ => new { currentPassword = MePassword, newPassword = MePassword + " again" }, Caller: Caller.Me),
        ["EndMySession"] = new(_ => null, Caller: Caller.Me),
        ["BeginTotpEnrolment"] = new(_ => null, Caller: Caller.Me),
        ["ConfirmTotp"] = new(_ => null, Caller: Caller.Me, BodyAsync: async c => new { code = (await Authenticator.BeginAsync(c.Me)).Code(0) }),
        ["RegenerateRecoveryCodes"] = new(_ => null, Caller: Caller.Me, BodyAsync: async c =>
        {
            await Authenticator.EnrolAndReauthAsync(c.Me, MePassword);
            return null;
        }),
        ["DisableMyTotp"] = new(_ => null, Caller: Caller.Me, BodyAsync: async c =>
        {
            await Authenticator.EnrolAndReauthAsync(c.Me, MePassword);
            return null;
        }),
        // Favourites and recently opened items (the administrator's own: an item of the world)
        ["SaveMyFavourite"] = new(_ => new { }),
        ["RemoveMyFavourite"] = new(_ => null, BodyAsync: async c =>
        {
            (await c.Admin.PutAsJsonAsync($"/api/v1/me/favourites/asset/{c.World.Noun["asset"]}", new { })).EnsureSuccessStatusCode();
            return null;
        }),
        ["RecordMyRecent"] = new(_ => null),
        // Teams and platform roles
        ["CreateTeam"] = new(_ => new { name = "Team " + Unique }),
        ["UpdateTeam"] = new(_ => new { description = "Described " + Unique }),
        ["DeleteTeam"] = new(_ => null),
        ["AddTeamMember"] = new(_ => null, BodyAsync: async c => new { userId = (await c.Api.CreateUserAsync($"teamed-{Unique}@clientstor.test", "a long enough passphrase for teams")).Id }),
        ["RemoveTeamMember"] = new(_ => null),
        ["AddTeamGrant"] = new(w => new { platformRoleId = w.Noun["platform_role"] }),
        ["RemoveTeamGrant"] = new(_ => null),
        ["CreatePlatformRole"] = new(_ => new { name = "Platform role " + Unique, permissions = new[] { "org.read" } }),
        ["UpdatePlatformRole"] = new(_ => new { description = "Described " + Unique }),
        ["DeletePlatformRole"] = new(_ => null, Route: w => new Dictionary<string, string> { ["platformRoleId"] = w.Spare["platform_role"].ToString() }),
        ["UpdateSecuritySettings"] = new(_ => new { adminAllowedIps = new[] { "127.0.0.0/8", "::1/128" } }),
    };

    public const string MePassword = "my own passphrase that is long";

    private const string NmapOneHost = """
        <?xml version="1.0"?>
        <nmaprun scanner="nmap" args="nmap -oX - 10.10.0.0/24" start="1700000000" version="7.93">
          <host><status state="up" reason="arp-response"/>
            <address addr="10.10.0.77" addrtype="ipv4"/><address addr="02:00:00:00:77:77" addrtype="mac" vendor="Acme"/>
            <hostnames><hostname name="printer-77" type="PTR"/></hostnames>
          </host>
          <runstats><finished time="1700000010"/><hosts up="1" down="0" total="1"/></runstats>
        </nmaprun>
        """;
}

/// <summary>An authenticator app for the /me MFA samples: codes of the current and following 30-second steps.</summary>
public sealed class Authenticator(string secret)
{
    public string Code(int stepsAhead) =>
        new Totp(Base32Encoding.ToBytes(secret)).ComputeTotp(DateTime.UtcNow.AddSeconds(30 * stepsAhead));

    public static async Task<Authenticator> BeginAsync(HttpClient me)
    {
        var start = await me.PostAsync("/api/v1/me/mfa/totp", null);
        start.EnsureSuccessStatusCode();
        return new Authenticator((await start.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("secret").GetString()!);
    }

    /// <summary>Enrols (a code of this step) and re-authenticates (a code of the next: a used step is never accepted twice).</summary>
    public static async Task EnrolAndReauthAsync(HttpClient me, string password)
    {
        var app = await BeginAsync(me);
        (await me.PostAsJsonAsync("/api/v1/me/mfa/totp/confirm", new { code = app.Code(0) })).EnsureSuccessStatusCode();
        (await me.PostAsJsonAsync("/api/v1/auth/reauth", new { password, code = app.Code(1) })).EnsureSuccessStatusCode();
    }
}
