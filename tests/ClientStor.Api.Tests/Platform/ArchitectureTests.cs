using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace ClientStor.Api.Tests.Platform;

/// <summary>The layout rules of STYLE.md that a compiler does not check, read from the API's sources.</summary>
public sealed partial class ArchitectureTests
{
    private static string ApiSources([CallerFilePath] string here = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", "..", "..", "api", "ClientStor.Api"));

    private static IEnumerable<string> HandWritten() =>
        Directory.EnumerateFiles(ApiSources(), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}")
                        && !f.Contains($"{Path.DirectorySeparatorChar}Migrations{Path.DirectorySeparatorChar}"));

    private static string Relative(string file) => Path.GetRelativePath(ApiSources(), file);

    [Fact]
    public void Platform_references_no_feature()
    {
        var platform = HandWritten().Where(f => Relative(f).StartsWith("Platform", StringComparison.Ordinal)).ToList();
        platform.Count.ShouldBeGreaterThan(30);
        platform.Where(f => FeatureReference().IsMatch(File.ReadAllText(f))).Select(Relative).ShouldBeEmpty();
    }

    [Fact]
    public void No_hand_written_file_is_over_300_lines()
    {
        HandWritten().Select(f => (File: Relative(f), Lines: File.ReadLines(f).Count())).Where(x => x.Lines > 300)
            .Select(x => $"{x.File}: {x.Lines} lines").ShouldBeEmpty();
    }

    [Fact]
    public void Every_operation_has_a_file_of_its_own()
    {
        HandWritten().Select(f => (File: Relative(f), Endpoints: EndpointClass().Matches(File.ReadAllText(f)).Count))
            .Where(x => x.Endpoints > 1).Select(x => $"{x.File}: {x.Endpoints} endpoints").ShouldBeEmpty();
    }

    [GeneratedRegex(@"ClientStor\.Api\.Features|\bFeatures\.[A-Z][A-Za-z]+\.[A-Z]")]
    private static partial Regex FeatureReference();

    [GeneratedRegex(@"class \w+Endpoint\b[^{]*:\s*(Endpoint|EndpointWithoutRequest)\b")]
    private static partial Regex EndpointClass();
}
