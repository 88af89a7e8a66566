using System.Text.Json;
using Okr.Core.Tests.Support;

namespace Okr.Core.Tests.Results;

/// <summary>The okr-results/2 document: the rollup's numbers, with "not measured" as null, never 0.</summary>
public sealed class ResultsJsonTests
{
    [Fact]
    public void TechSolutions_results_carry_progress_provenance_status_and_grade_per_node()
    {
        var result = RollupEngine.Rollup(WorkedExamples.TechSolutions().Compile().ThrowIfFailed(), WorkedExamples.MidQuarter);
        using var json = JsonDocument.Parse(OkrResultsJson.Write(result));
        var root = json.RootElement;
        Assert.Equal("okr-results/2", root.GetProperty("format").GetString());
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
    public void Results_carry_titles_owners_and_edges_enough_to_draw_and_explain_the_rollup()
    {
        var graph = OkrJson.ReadFile(SampleData.PathOf("techsolutions.json")).Compile().ThrowIfFailed();
        using var json = JsonDocument.Parse(OkrResultsJson.Write(graph.Rollup(WorkedExamples.MidQuarter)));
        var root = json.RootElement;
        var nodes = root.GetProperty("nodes").EnumerateArray().ToDictionary(n => n.GetProperty("id").GetString()!);
        Assert.Equal("Improve product quality", nodes["quality"].GetProperty("title").GetString());
        Assert.Equal(0, nodes["quality"].GetProperty("depth").GetInt32());
        Assert.Equal("2026-Q1", nodes["quality"].GetProperty("period").GetString());
        Assert.NotEmpty(nodes["quality"].GetProperty("owners").EnumerateArray());
        var edges = root.GetProperty("edges").EnumerateArray()
            .ToDictionary(e => (e.GetProperty("child").GetString()!, e.GetProperty("parent").GetString()!));
        Assert.Equal(graph.EdgeCount, edges.Count);
        // A key result counts in its objective; ana-stability (bottom-up, weight 1) does not, because mobile-app
        // takes its progress from its key results; ben-release is informational (weight 0).
        Assert.True(edges[("bugs", "quality")].GetProperty("counts").GetBoolean());
        Assert.Equal("keyResult", edges[("bugs", "quality")].GetProperty("kind").GetString());
        Assert.Equal(("bottomUp", 1.0, false), (edges[("ana-stability", "mobile-app")].GetProperty("kind").GetString(), edges[("ana-stability", "mobile-app")].GetProperty("weight").GetDouble(), edges[("ana-stability", "mobile-app")].GetProperty("counts").GetBoolean()));
        Assert.Equal((0.0, false), (edges[("ben-release", "mobile-app")].GetProperty("weight").GetDouble(), edges[("ben-release", "mobile-app")].GetProperty("counts").GetBoolean()));
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

/// <summary>Writing the results document without blocking, to a stream and to a file.</summary>
public sealed class ResultsJsonAsyncTests
{
    [Fact]
    public async Task WriteAsync_and_WriteFileAsync_write_the_same_bytes_as_Write()
    {
        var result = WorkedExamples.TechSolutions().Compile().ThrowIfFailed().Rollup(WorkedExamples.MidQuarter);
        using var expected = new MemoryStream();
        OkrResultsJson.Write(result, expected);
        using var written = new MemoryStream();
        await OkrResultsJson.WriteAsync(result, written, cancellationToken: CancellationToken.None);
        var path = Path.GetTempFileName();
        try
        {
            await OkrResultsJson.WriteFileAsync(result, path, cancellationToken: CancellationToken.None);
            Assert.Equal(expected.ToArray(), written.ToArray());
            Assert.Equal(expected.ToArray(), await File.ReadAllBytesAsync(path));
            using var json = JsonDocument.Parse(await File.ReadAllBytesAsync(path));
            Assert.Equal(0.3125, json.RootElement.GetProperty("nodes").EnumerateArray().Single(n => n.GetProperty("id").GetString() == "quality").GetProperty("progress").GetDouble(), 1e-9);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task WriteAsync_cancelled_before_it_starts_writes_nothing()
    {
        var result = WorkedExamples.TechSolutions().Compile().ThrowIfFailed().Rollup(WorkedExamples.MidQuarter);
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        using var stream = new MemoryStream();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => OkrResultsJson.WriteAsync(result, stream, cancellationToken: cancelled.Token));
        Assert.Equal(0, stream.Length);
    }

    [Fact]
    public void Results_with_health_carry_every_finding_with_its_path_data_and_the_alignment_score()
    {
        var graph = OkrJson.ReadFile(SampleData.PathOf("techsolutions.json")).Compile().ThrowIfFailed();
        var result = graph.Rollup(WorkedExamples.MidQuarter);
        var health = graph.AnalyzeHealth(WorkedExamples.MidQuarter);

        using var json = JsonDocument.Parse(OkrResultsJson.Write(result, health));

        var section = json.RootElement.GetProperty("health");
        Assert.False(section.GetProperty("isHealthy").GetBoolean());
        Assert.Equal(100, section.GetProperty("alignmentScore").GetDouble(), 1e-9);
        Assert.Empty(section.GetProperty("gaps").EnumerateArray());
        var findings = section.GetProperty("findings").EnumerateArray().ToList();
        Assert.Equal(health.Findings.Count, findings.Count);
        // ana-stability is aligned bottom-up with weight 1 to mobile-app, which counts its key results only (OKR0514).
        var ana = findings.Single(f => f.GetProperty("code").GetString() == DiagnosticCodes.AlignmentNeverCounts
            && f.GetProperty("ids")[0].GetString() == "ana-stability");
        Assert.Equal("warning", ana.GetProperty("severity").GetString());
        Assert.Equal("$.alignments[1]", ana.GetProperty("path").GetString());
        Assert.Equal("1", ana.GetProperty("data").GetProperty("weight").GetString());
        Assert.Equal(health.Findings.First(f => f.Path == "$.alignments[1]").Message, ana.GetProperty("message").GetString());
        // The numbers are the document without health, unchanged.
        using var plain = JsonDocument.Parse(OkrResultsJson.Write(result));
        Assert.False(plain.RootElement.TryGetProperty("health", out _));
        Assert.Equal(plain.RootElement.GetProperty("nodes").GetRawText(), json.RootElement.GetProperty("nodes").GetRawText());
    }

    [Fact]
    public void Results_with_a_health_report_of_another_day_are_refused()
    {
        var graph = OkrJson.ReadFile(SampleData.PathOf("techsolutions.json")).Compile().ThrowIfFailed();
        var health = graph.AnalyzeHealth(WorkedExamples.MidQuarter.AddDays(1));

        var error = Assert.Throws<ArgumentException>(() => OkrResultsJson.Write(graph.Rollup(WorkedExamples.MidQuarter), health));

        Assert.Equal("health", error.ParamName);
        Assert.Contains("2026-02-16", error.Message);
    }
}
