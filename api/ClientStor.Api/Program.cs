using ClientStor.Api.Platform.Cli;

return await Cli.RunAsync(args);
