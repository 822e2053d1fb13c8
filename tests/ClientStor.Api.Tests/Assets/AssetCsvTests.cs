using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ClientStor.Tests.Shared;

namespace ClientStor.Api.Tests.Assets;

public sealed class AssetCsvTests(ApiHost api) : IClassFixture<ApiHost>
{
    private static StringContent Csv(string text) => new(text, Encoding.UTF8, "text/csv");

    private static async Task<JsonElement> Json(HttpResponseMessage r) => await r.Content.ReadFromJsonAsync<JsonElement>();

    [Fact]
    public async Task Export_then_import_round_trips_and_a_dry_run_reports_row_errors_with_line_numbers()
    {
        using var admin = await api.AdminAsync();
        var org = await OrgWorld.CreateOrgAsync(admin, "CSV " + Guid.NewGuid().ToString("N")[..6]);
        (await admin.PostAsJsonAsync($"/api/v1/orgs/{org}/locations", new { name = "HQ" })).EnsureSuccessStatusCode();
        (await admin.PostAsJsonAsync($"/api/v1/orgs/{org}/asset-types", new
        {
            key = "camera", name = "Camera", fields = new object[] { new { key = "fps", label = "FPS", type = "number" } },
        })).EnsureSuccessStatusCode();

        var import = "type,name,serial,location,tags,mac_addresses,cf:fps,warranty_expires\r\n" +
                     "switch,Core SW,FOC1,HQ,net;core,AA-BB-CC-DD-EE-01,,2030-01-31\r\n" +
                     "camera,\"Cam, lobby\",CAM1,HQ,,,25,\r\n";
        var dry = await Json(await admin.PostAsync($"/api/v1/orgs/{org}/assets/import.csv?dryRun=true", Csv(import)));
        dry.GetProperty("created").GetInt32().ShouldBe(2);
        dry.GetProperty("written").GetBoolean().ShouldBeFalse();
        (await admin.GetFromJsonAsync<JsonElement>($"/api/v1/orgs/{org}/assets")).GetProperty("items").GetArrayLength().ShouldBe(0);

        var written = await Json(await admin.PostAsync($"/api/v1/orgs/{org}/assets/import.csv", Csv(import)));
        written.GetProperty("created").GetInt32().ShouldBe(2);
        written.GetProperty("written").GetBoolean().ShouldBeTrue();

        var export = await admin.GetAsync($"/api/v1/orgs/{org}/assets/export.csv");
        export.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        var csv = await export.Content.ReadAsStringAsync();
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines[0].ShouldEndWith(",cf:fps");
        lines.Length.ShouldBe(3);
        lines[1].ShouldContain("\"Cam, lobby\"");
        lines[2].ShouldContain("aa:bb:cc:dd:ee:01");

        // Re-importing the export changes nothing (matched by serial, then name).
        var again = await Json(await admin.PostAsync($"/api/v1/orgs/{org}/assets/import.csv", Csv(csv)));
        again.GetProperty("unchanged").GetInt32().ShouldBe(2);
        again.GetProperty("created").GetInt32().ShouldBe(0);
        again.GetProperty("updated").GetInt32().ShouldBe(0);

        var bad = "type,name,status,cf:fps,mac_addresses,location\n" +
                  "camera,Cam 2,active,fast,,\n" +
                  "router,Edge,broken,,zz,Nowhere\n" +
                  "server,Fine server,active,,,\n";
        var all = await Json(await admin.PostAsync($"/api/v1/orgs/{org}/assets/import.csv", Csv(bad)));
        all.GetProperty("written").GetBoolean().ShouldBeFalse();
        all.GetProperty("rejected").GetInt32().ShouldBe(2);
        var errors = all.GetProperty("errors").EnumerateArray().Select(e => (e.GetProperty("line").GetInt32(), e.GetProperty("field").GetString())).ToList();
        errors.ShouldContain((2, "cf:fps"));
        errors.ShouldContain((3, "status"));
        errors.ShouldContain((3, "mac_addresses"));
        errors.ShouldContain((3, "location"));
        (await admin.GetFromJsonAsync<JsonElement>($"/api/v1/orgs/{org}/assets?q=Fine")).GetProperty("items").GetArrayLength().ShouldBe(0);

        var partial = await Json(await admin.PostAsync($"/api/v1/orgs/{org}/assets/import.csv?mode=partial", Csv(bad)));
        partial.GetProperty("created").GetInt32().ShouldBe(1);
        partial.GetProperty("written").GetBoolean().ShouldBeTrue();
        (await admin.GetFromJsonAsync<JsonElement>($"/api/v1/orgs/{org}/assets?q=Fine")).GetProperty("items").GetArrayLength().ShouldBe(1);

        var header = await admin.PostAsync($"/api/v1/orgs/{org}/assets/import.csv", Csv("kind,title\nx,y\n"));
        header.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await admin.PostAsync($"/api/v1/orgs/{org}/assets/import.csv", JsonContent.Create(new { a = 1 }))).StatusCode.ShouldBe(HttpStatusCode.UnsupportedMediaType);
    }
}
