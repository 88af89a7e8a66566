using Okr.Core.Tests.Support;
using Okr.Core.Visuals;

namespace Okr.Core.Tests.Visuals;

/// <summary>
/// Golden files: the pictures of the small samples, byte for byte (Visuals/golden), and the pictures the docs and the
/// README show (docs/images), so any change to a picture is a visible diff. To accept a deliberate change:
/// <c>OKR_ACCEPT_GOLDEN=1 dotnet test tests/Okr.Core.Tests --filter Golden</c>, look at the pictures, and commit them.
/// Under CI (<c>CI=true</c>) accepting is refused.
/// </summary>
public sealed class GoldenTests
{
    public static TheoryData<string> Cases() => [.. Pictures().Keys];

    /// <summary>Every golden picture by its path from the repository root.</summary>
    private static Dictionary<string, Func<string>> Pictures()
    {
        var pictures = new Dictionary<string, Func<string>>(StringComparer.Ordinal);
        foreach (var sample in new[] { "techsolutions", "shared-cross-functional", "hr-localization", "consultancy-cascade" })
        {
            var file = sample + ".json";
            var golden = "tests/Okr.Core.Tests/Visuals/golden/" + sample;
            pictures[golden + ".mmd"] = () => MermaidMap.Write(VisualFixtures.Rollup(file)).Text;
            pictures[golden + ".dot"] = () => DotMap.Write(VisualFixtures.Rollup(file), new MapOptions { ClusterByOwner = true });
            pictures[golden + ".svg"] = () => SvgMap.Write(VisualFixtures.Rollup(file));
        }
        pictures["tests/Okr.Core.Tests/Visuals/golden/nonprofit-applications.svg"] = () => ProgressChart.KeyResultSvg(VisualFixtures.Rollup("nonprofit-weekly.json"), "applications");
        pictures["tests/Okr.Core.Tests/Visuals/golden/nonprofit-applications.mmd"] = () => ProgressChart.KeyResultMermaid(VisualFixtures.Rollup("nonprofit-weekly.json"), "applications");
        pictures["tests/Okr.Core.Tests/Visuals/golden/techsolutions-quality.svg"] = () => ProgressChart.ObjectiveSvg(VisualFixtures.Rollup("techsolutions.json"), "quality");
        // The docs' pictures: the README's map and one key result's chart.
        pictures["docs/images/techsolutions-map.svg"] = () => SvgMap.Write(VisualFixtures.Rollup("techsolutions.json"));
        pictures["docs/images/nonprofit-applications.svg"] = () => ProgressChart.KeyResultSvg(VisualFixtures.Rollup("nonprofit-weekly.json"), "applications");
        return pictures;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Picture_MatchesItsGoldenFile(string relativePath)
    {
        var actual = Pictures()[relativePath]().ReplaceLineEndings("\n");
        var path = Path.Combine(SampleData.Root, relativePath);
        var expected = File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : null;
        if (expected == actual) return;
        var accept = Environment.GetEnvironmentVariable("OKR_ACCEPT_GOLDEN") == "1";
        var ci = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        if (accept && !ci)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual);
            return;
        }
        Assert.Fail(
            $"{relativePath} is not what the library draws now. If the change is deliberate, accept it with\n" +
            "  OKR_ACCEPT_GOLDEN=1 dotnet test tests/Okr.Core.Tests --filter Golden\n" +
            "look at the pictures, and commit them.\n(- golden, + actual)\n" +
            (expected is null ? "(no golden file yet)" : PublicApi.PublicApiTests.Diff(expected, actual)));
    }

    [Fact]
    public void Readme_ShowsTheTechSolutionsMap()
    {
        var readme = File.ReadAllText(Path.Combine(SampleData.Root, "README.md"));
        Assert.Contains("](docs/images/techsolutions-map.svg)", readme, StringComparison.Ordinal);
    }
}
