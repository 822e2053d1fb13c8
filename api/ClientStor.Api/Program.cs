using ClientStor.Api.Cli;

return await Cli.RunAsync(args);
