using System.Text.Json;
using Okr.Core.Tests.Support;

namespace Okr.Core.Tests.Results;

/// <summary>The okr-results/1 document: the rollup's numbers, with "not measured" as null, never 0.</summary>
public sealed class ResultsJsonTests
{
    [Fact]
    public void TechSolutions_results_carry_progress_provenance_status_and_grade_per_node()
    {
        var result = RollupEngine.Rollup(WorkedExamples.TechSolutions().Compile().ThrowIfFailed(), WorkedExamples.MidQuarter);
        using var json = JsonDocument.Parse(OkrResultsJson.Write(result));
        var root = json.RootElement;
        Assert.Equal("okr-results/1", root.GetProperty("format").GetString());
        Assert.Equal("2026-02-15", root.GetProperty("asOf").GetString());
        var nodes = root.GetProperty("nodes").EnumerateArray().ToDictionary(n => n.GetProperty("id").GetString()!);
        Assert.Equal(result.Graph.NodeCount, nodes.Count);
        var quality = nodes["quality"];
        Assert.Equal(0.3125, quality.GetProperty("progress").GetDouble(), 1e-9);
        Assert.Equal("objective", quality.GetProperty("kind").GetString());
        Assert.Equal("derived", quality.GetProperty("provenance").GetString());
        Assert.Equal("behind", quality.GetProperty("status").GetString());
        Assert.Equal("red", quality.GetProperty("grade").GetString());
        Assert.Equal("measured", nodes["bugs"].GetProperty("provenance").GetString());
        Assert.Equal("keyResult", nodes["bugs"].GetProperty("kind").GetString());
    }

    [Fact]
    public void Not_measured_is_written_as_null_with_its_provenance()
    {
        var set = new OkrSetBuilder()
            .AddOwner("team")
            .AddObjective("o", "Find the baseline", "team")
            .AddKeyResult("churn", "Measure churn", "o", Measure.Baseline("%"), "team")
            .Build();
        var result = RollupEngine.Rollup(set.Compile().ThrowIfFailed(), WorkedExamples.MidQuarter);
        using var stream = new MemoryStream();
        OkrResultsJson.Write(result, stream, new OkrJsonOptions { Indented = false });
        var text = System.Text.Encoding.UTF8.GetString(stream.ToArray());
        Assert.DoesNotContain('\n', text);
        using var json = JsonDocument.Parse(text);
        foreach (var node in json.RootElement.GetProperty("nodes").EnumerateArray())
        {
            Assert.Equal(JsonValueKind.Null, node.GetProperty("progress").ValueKind);
            Assert.Equal(JsonValueKind.Null, node.GetProperty("grade").ValueKind);
            Assert.Equal("notMeasured", node.GetProperty("provenance").GetString());
            Assert.Equal("noData", node.GetProperty("status").GetString());
        }
    }
}
