using ClientStor.Examples.AssetExport;

// A CI job: export every asset of the key's organisations (or CLIENTSTOR_ORG_IDS) to JSON or CSV, incrementally.
//   CLIENTSTOR_URL, CLIENTSTOR_CLIENT_ID, CLIENTSTOR_CLIENT_SECRET   required
//   CLIENTSTOR_ORG_IDS    comma-separated org ids (default: every org the key is bound to)
//   CLIENTSTOR_FORMAT     json (default) or csv
//   CLIENTSTOR_OUTPUT     output directory (default: ./assets-export)
//   CLIENTSTOR_STATE      state file remembering the last run per org (default: <output>/state.json)
try
{
    var options = ExportOptions.FromEnvironment(Environment.GetEnvironmentVariable);
    var summary = await AssetExporter.RunAsync(options, Console.Out, CancellationToken.None);
    Console.WriteLine(summary);
    return 0;
}
catch (ArgumentException e)
{
    Console.Error.WriteLine($"asset-export: {e.Message}");
    return 2;
}
catch (Exception e) when (e is ClientStor.Sdk.ClientStorApiException or ClientStor.Sdk.ClientStorAuthenticationException or HttpRequestException)
{
    Console.Error.WriteLine($"asset-export: {e.Message}");
    return 1;
}
