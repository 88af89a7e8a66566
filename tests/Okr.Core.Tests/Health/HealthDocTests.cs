using System.Text.RegularExpressions;
using Okr.Core.Tests.Support;

namespace Okr.Core.Tests.Health;

/// <summary>
/// Keeps docs/health.md true: its first example (compiled as written by DocExamplesCompileTests) is run here on
/// samples/data/techsolutions.json, and every line it shows is what the analysis prints.
/// </summary>
public sealed partial class HealthDocTests
{
    private static string Block()
    {
        var doc = File.ReadAllText(SampleData.DocsPath("health.md")).ReplaceLineEndings("\n");
        // The page's first block is the findings example; later ones (the period-close review) are compiled only.
        return CSharpBlock().Matches(doc)[0].Groups[1].Value;
    }

    [GeneratedRegex("```csharp[^\n]*\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex CSharpBlock();

    [Fact]
    public void The_example_shows_the_findings_of_the_sample_file()
    {
        var block = Block();
        Assert.Contains("OkrJson.ReadFile(\"samples/data/techsolutions.json\")", block, StringComparison.Ordinal);

        // The same lines as the doc's block.
        var graph = OkrJson.ReadFile(SampleData.PathOf("techsolutions.json")).Compile().ThrowIfFailed();
        var report = graph.AnalyzeHealth(new DateOnly(2026, 2, 15));
        var printed = report.Findings.Select(f => f.ToString()).ToList();

        // Each finding comment, "// <start> ... <end>", is one printed finding, in order, and every finding is shown.
        var shown = block.Split('\n')
            .Select(line => line.Trim())
            .Where(line => line.StartsWith("// info OKR", StringComparison.Ordinal) || line.StartsWith("// warning OKR", StringComparison.Ordinal))
            .Select(line => line[3..].Split(" ... "))
            .ToList();
        Assert.Equal(printed.Count, shown.Count);
        for (var i = 0; i < printed.Count; i++)
        {
            Assert.StartsWith(shown[i][0], printed[i], StringComparison.Ordinal);
            Assert.EndsWith(shown[i][^1], printed[i], StringComparison.Ordinal);
        }

        Assert.Contains($"// coverage {report.Metrics.AlignmentCoverage:0.00}, deepest level {report.Metrics.DeepestLevel}\n", block, StringComparison.Ordinal);

        var relaxed = HealthOptions.Default with
        {
            StaleAfterDays = 21,
            DisabledRules = [DiagnosticCodes.TooFewKeyResults],
        };
        var quieter = graph.AnalyzeHealth(new DateOnly(2026, 2, 15), relaxed);
        Assert.Empty(quieter.FindingsWithCode(DiagnosticCodes.TooFewKeyResults));
        Assert.Contains($"// {string.Join(", ", quieter.FindingsWithCode(DiagnosticCodes.OutputHeavy).Select(f => f.Ids[0]))}\n", block, StringComparison.Ordinal);
    }
}
