using System.Xml.Linq;
using Okr.Core.Tests.Support;
using Okr.Core.Tests.Visuals;
using static Okr.Core.Tests.Cli.CliRunner;

namespace Okr.Core.Tests.Cli;

/// <summary><c>okr export --format mermaid|dot|svg|html</c> on every sample, the cuts, and options where they do not apply.</summary>
public sealed class ExportPicturesTests
{
    public static TheoryData<string, string> SamplesAndFormats()
    {
        var data = new TheoryData<string, string>();
        foreach (var file in SampleData.Files)
        {
            foreach (var format in new[] { "mermaid", "dot", "svg", "html" }) data.Add(Path.GetFileName(file), format);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(SamplesAndFormats))]
    public void Export_EverySampleInEveryPictureFormat_Works(string file, string format)
    {
        var run = RunOkr("export", Sample(file), "--format", format);
        Assert.True(run.Exit == 0, run.Error);
        switch (format)
        {
            case "mermaid":
                Assert.Contains("\nflowchart BT\n", run.Out, StringComparison.Ordinal);
                break;
            case "dot":
                Assert.Equal(0, DotMapTests.Run("dot", "-Tsvg", run.Out).Exit);
                break;
            case "svg":
                Assert.Equal("svg", XDocument.Parse(run.Out).Root!.Name.LocalName);
                break;
            default:
                Assert.StartsWith("<!DOCTYPE html>", run.Out, StringComparison.Ordinal);
                break;
        }
    }

    [Fact]
    public void Export_FocusDepthOwner_CutThePicture()
    {
        var run = RunOkr("export", Sample("consultancy-cascade.json"), "--format", "mermaid", "--focus", "marketing", "--depth", "1", "--as-of", "2026-06-30");
        Assert.Equal(0, run.Exit);
        Assert.Contains("n_mql_growth[", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("n_strategy[", run.Out, StringComparison.Ordinal);
        var owner = RunOkr("export", Sample("techsolutions.json"), "--format", "svg", "--owner", "mobile", "--as-of", "2026-02-15");
        Assert.Equal(0, owner.Exit);
        Assert.DoesNotContain("data-id=\"quality\"", owner.Out, StringComparison.Ordinal);
        Assert.Contains("data-id=\"mobile-app\"", owner.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_LargeMermaidMap_IsCutAndSaysSoOnStderr()
    {
        var folder = Directory.CreateTempSubdirectory("okr-cli-");
        var path = Path.Combine(folder.FullName, "big.json");
        File.WriteAllText(path, OkrJson.Write(SyntheticOrg.Generate(new SyntheticOrgOptions { Objectives = 1_000 })));
        var run = RunOkr("export", path, "--format", "mermaid", "--as-of", "2026-03-15");
        Assert.Equal(0, run.Exit);
        Assert.Contains("%% CUT: ", run.Out, StringComparison.Ordinal);
        Assert.True(run.Out.Length <= 50_001, $"{run.Out.Length} characters");
        Assert.Contains("the Mermaid map left out", run.Error, StringComparison.Ordinal);
        Assert.Contains("narrow it with --focus, --depth or --owner", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_PictureOptionsWithADocumentFormat_OrUnknownIds_AreRefused()
    {
        var depth = RunOkr("export", Sample("techsolutions.json"), "--format", "results", "--depth", "1");
        Assert.Equal(2, depth.Exit);
        Assert.Contains("--focus, --depth, --owner and --clusters apply to the pictures", depth.Error, StringComparison.Ordinal);
        var owner = RunOkr("export", Sample("techsolutions.json"), "--format", "svg", "--owner", "nobody");
        Assert.Equal(2, owner.Exit);
        Assert.Contains("no owner has the id 'nobody' (--owner)", owner.Error, StringComparison.Ordinal);
        var focus = RunOkr("export", Sample("techsolutions.json"), "--format", "dot", "--focus", "ghost");
        Assert.NotEqual(0, focus.Exit);
        Assert.Contains("ghost", focus.Error, StringComparison.Ordinal);
        Assert.Equal(2, RunOkr("export", Sample("techsolutions.json"), "--format", "png").Exit);
    }
}
