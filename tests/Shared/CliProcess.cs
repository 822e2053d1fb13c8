using System.Diagnostics;

namespace ClientStor.Tests.Shared;

/// <summary>Runs the API executable's operator verbs as a separate process, the way an operator does.</summary>
public static class CliProcess
{
    public static async Task<(int Code, string Out, string Err)> RunAsync(string connectionString, string? masterKey, params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        psi.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "ClientStor.Api.dll"));
        foreach (var a in args)
            psi.ArgumentList.Add(a);
        psi.Environment["ConnectionStrings__ClientStor"] = connectionString;
        psi.Environment.Remove("CLIENTSTOR_MASTER_KEY");
        psi.Environment.Remove("CLIENTSTOR_MASTER_KEY_FILE");
        psi.Environment.Remove("CLIENTSTOR_MASTER_PASSWORD");
        if (masterKey is not null)
            psi.Environment["CLIENTSTOR_MASTER_KEY"] = masterKey;
        using var process = Process.Start(psi)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout, await stderr);
    }
}
