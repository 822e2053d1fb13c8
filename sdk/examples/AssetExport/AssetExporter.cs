using System.Globalization;
using System.Text;
using System.Text.Json;
using ClientStor.Sdk;

namespace ClientStor.Examples.AssetExport;

public sealed record ExportOptions(Uri Url, string ClientId, string ClientSecret, IReadOnlyList<Guid> OrgIds, string Format, string OutputDirectory, string StateFile)
{
    public static ExportOptions FromEnvironment(Func<string, string?> env)
    {
        string Required(string name) => env(name) is { Length: > 0 } v ? v : throw new ArgumentException($"{name} is not set.");
        if (!Uri.TryCreate(Required("CLIENTSTOR_URL"), UriKind.Absolute, out var url))
            throw new ArgumentException("CLIENTSTOR_URL must be an absolute URL.");
        var orgs = (env("CLIENTSTOR_ORG_IDS") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => Guid.TryParse(s, out var g) ? g : throw new ArgumentException($"'{s}' in CLIENTSTOR_ORG_IDS is not an id.")).ToList();
        var format = (env("CLIENTSTOR_FORMAT") ?? "json").ToLowerInvariant();
        if (format is not ("json" or "csv"))
            throw new ArgumentException("CLIENTSTOR_FORMAT must be json or csv.");
        var output = env("CLIENTSTOR_OUTPUT") is { Length: > 0 } o ? o : "assets-export";
        return new ExportOptions(url, Required("CLIENTSTOR_CLIENT_ID"), Required("CLIENTSTOR_CLIENT_SECRET"), orgs, format, output,
            env("CLIENTSTOR_STATE") is { Length: > 0 } s ? s : Path.Combine(output, "state.json"));
    }
}

/// <summary>Pulls assets changed since the last run (per org, kept in the state file) and writes one file per org and run.</summary>
public static class AssetExporter
{
    public static async Task<string> RunAsync(ExportOptions options, TextWriter log, CancellationToken ct)
    {
        var client = ClientStorClient.ForApiKey(options.Url, options.ClientId, options.ClientSecret);
        Directory.CreateDirectory(options.OutputDirectory);
        var state = File.Exists(options.StateFile)
            ? JsonSerializer.Deserialize<Dictionary<Guid, DateTimeOffset>>(await File.ReadAllTextAsync(options.StateFile, ct)) ?? []
            : new Dictionary<Guid, DateTimeOffset>();
        var orgs = options.OrgIds.Count > 0 ? options.OrgIds.ToList() : await AllOrgsAsync(client, ct);
        var total = 0;
        foreach (var org in orgs)
        {
            DateTimeOffset? since = state.TryGetValue(org, out var last) ? last.AddTicks(10) : null;
            var assets = new List<AssetResponse>();
            await foreach (var asset in client.Assets.ListAllAssetsAsync(org, updatedSince: since, cancellationToken: ct))
                assets.Add(asset);
            if (assets.Count > 0)
            {
                state[org] = assets.Max(a => a.UpdatedAt);
                var stamp = DateTimeOffset.UtcNow.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
                var file = Path.Combine(options.OutputDirectory, $"assets-{org}-{stamp}.{options.Format}");
                await File.WriteAllTextAsync(file, options.Format == "csv" ? ToCsv(assets) : JsonSerializer.Serialize(assets, Json), ct);
                await log.WriteLineAsync($"{org}: {assets.Count} asset(s) {(since is null ? "" : "changed since the last run ")}→ {file}");
            }
            else
                await log.WriteLineAsync($"{org}: nothing changed");
            total += assets.Count;
        }
        await File.WriteAllTextAsync(options.StateFile, JsonSerializer.Serialize(state), ct);
        return $"asset-export: {total} asset(s) from {orgs.Count} organisation(s).";
    }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    private static async Task<List<Guid>> AllOrgsAsync(ClientStorClient client, CancellationToken ct)
    {
        var ids = new List<Guid>();
        await foreach (var org in client.Orgs.ListAllOrgsAsync(cancellationToken: ct))
            ids.Add(org.Id);
        return ids;
    }

    private static string ToCsv(List<AssetResponse> assets)
    {
        static string Cell(string? v) => string.IsNullOrEmpty(v) ? "" : v.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? $"\"{v.Replace("\"", "\"\"")}\"" : v;
        var sb = new StringBuilder("id,type,name,serial,manufacturer,model,status,updated_at\r\n");
        foreach (var a in assets)
            sb.Append(string.Join(',', a.Id.ToString(), Cell(a.Type), Cell(a.Name), Cell(a.Serial), Cell(a.Manufacturer), Cell(a.Model), Cell(a.Status),
                a.UpdatedAt.UtcDateTime.ToString("O", CultureInfo.InvariantCulture))).Append("\r\n");
        return sb.ToString();
    }
}
