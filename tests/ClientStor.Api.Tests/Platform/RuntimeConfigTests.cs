using System.Text.Json;
using ClientStor.Api.Hosting;

namespace ClientStor.Api.Tests.Platform;

/// <summary>
/// The API runs with the workstation GC (bench/README: the server GC sized its heaps up to ~340 MB on small hosts for no
/// throughput): the runtimeconfig the build writes — the same file publish ships — must say so. A misspelt MSBuild property
/// (ServerGarbageCollector) once left it at the server GC unnoticed.
/// </summary>
public sealed class RuntimeConfigTests
{
    [Fact]
    public void The_api_runtimeconfig_selects_the_workstation_garbage_collector()
    {
        var path = Path.ChangeExtension(typeof(ClientStorApp).Assembly.Location, ".runtimeconfig.json");
        File.Exists(path).ShouldBeTrue($"{path} is written by the API's build");
        using var config = JsonDocument.Parse(File.ReadAllText(path));
        var properties = config.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties");
        properties.TryGetProperty("System.GC.Server", out var server).ShouldBeTrue("System.GC.Server must be set explicitly");
        server.GetBoolean().ShouldBeFalse();
    }
}
