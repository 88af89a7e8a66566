using Okr.Core.Tests.Support;

namespace Okr.Core.Tests.Graph;

/// <summary>Compiling and rolling up a large org with progress reports and cancellation.</summary>
public sealed class CompileProgressTests
{
    private static readonly OkrSet Org = SyntheticOrg.Generate(new SyntheticOrgOptions { Objectives = 10_000 });

    [Theory]
    [InlineData(0.1)]
    [InlineData(0.5)]
    [InlineData(0.9)]
    public void Compile_CancelledPartWay_ThrowsAtTheNextCheckAndBuildsNoGraph(double at)
    {
        using var recorder = new ProgressRecorder { CancelAt = at };
        CompileResult? result = null;

        Assert.ThrowsAny<OperationCanceledException>(() => result = Org.Compile(recorder, recorder.Cancellation.Token));

        Assert.Null(result);
        Assert.True(recorder.CancelledAt >= 0, "the compile never reached the fraction to cancel at");
        Assert.Equal(recorder.Reports.Count - 1, recorder.CancelledAt);
        Assert.All(recorder.Reports, r => Assert.Equal(OkrStep.Compiling, r.Step));
    }

    [Fact]
    public void Compile_WithProgress_ReportsAreMonotonicReachOneAndTheGraphIsTheSame()
    {
        using var recorder = new ProgressRecorder();

        var graph = Org.Compile(recorder, recorder.Cancellation.Token).ThrowIfFailed();

        var plain = Org.Compile().ThrowIfFailed();
        Assert.Equal(plain.NodeCount, graph.NodeCount);
        Assert.Equal(plain.EdgeCount, graph.EdgeCount);
        Assert.Equal(plain.IdAt(plain.NodeCount - 1), graph.IdAt(graph.NodeCount - 1));
        AssertMonotonicToOne(recorder.Reports);
    }

    [Fact]
    public void Compile_WithErrorsAndProgress_ReportsEveryDiagnosticAndStillReachesOne()
    {
        using var recorder = new ProgressRecorder();
        var bad = Org with { Alignments = [.. Org.Alignments, new Alignment { ChildId = "nowhere", ParentId = "o0", Kind = AlignmentKind.Cascaded }] };

        var result = bad.Compile(recorder, recorder.Cancellation.Token);

        Assert.False(result.Succeeded);
        Assert.Equal(bad.Compile().Diagnostics, result.Diagnostics);
        Assert.Equal(1, recorder.Reports[^1].Fraction);
    }

    [Theory]
    [InlineData(0.1)]
    [InlineData(0.5)]
    [InlineData(0.9)]
    public void Rollup_CancelledPartWay_ThrowsAtTheNextCheck(double at)
    {
        var graph = Org.Compile().ThrowIfFailed();
        using var recorder = new ProgressRecorder { CancelAt = at };

        Assert.ThrowsAny<OperationCanceledException>(() => graph.Rollup(SyntheticOrg.AsOf, null, recorder, recorder.Cancellation.Token));
        Assert.Equal(recorder.Reports.Count - 1, recorder.CancelledAt);

        using var again = new ProgressRecorder { CancelAt = at };
        Assert.ThrowsAny<OperationCanceledException>(() => graph.CreateRollupState(SyntheticOrg.AsOf, null, again, again.Cancellation.Token));
        Assert.All(again.Reports, r => Assert.Equal(OkrStep.Computing, r.Step));
    }

    [Fact]
    public void Rollup_WithProgress_GivesTheSameNumbersAndReachesOne()
    {
        var graph = Org.Compile().ThrowIfFailed();
        using var recorder = new ProgressRecorder();

        var result = graph.Rollup(SyntheticOrg.AsOf, null, recorder, recorder.Cancellation.Token);

        var plain = graph.Rollup(SyntheticOrg.AsOf);
        Assert.Equal(plain.Nodes.Select(n => n.Progress), result.Nodes.Select(n => n.Progress));
        AssertMonotonicToOne(recorder.Reports);
        using var stateRecorder = new ProgressRecorder();
        var state = graph.CreateRollupState(SyntheticOrg.AsOf, null, stateRecorder, stateRecorder.Cancellation.Token);
        Assert.Equal(plain.Nodes.Select(n => n.Progress), state.ToResult().Nodes.Select(n => n.Progress));
        AssertMonotonicToOne(stateRecorder.Reports);
    }

    private static void AssertMonotonicToOne(List<OkrProgress> reports)
    {
        Assert.Equal(0, reports[0].Fraction);
        Assert.Equal(1, reports[^1].Fraction);
        for (var i = 1; i < reports.Count; i++) Assert.True(reports[i].Fraction > reports[i - 1].Fraction, $"report {i} went from {reports[i - 1].Fraction} to {reports[i].Fraction}");
        Assert.InRange(reports.Count, 10, 101);
    }
}

/// <summary>The health analysis with progress reports and cancellation.</summary>
public sealed class HealthProgressTests
{
    private static readonly OkrGraph Graph = SyntheticOrg.Generate(new SyntheticOrgOptions { Objectives = 2_000 }).Compile().ThrowIfFailed();

    [Theory]
    [InlineData(0.1)]
    [InlineData(0.5)]
    [InlineData(0.9)]
    public void AnalyzeHealth_CancelledPartWay_ThrowsAtTheNextRuleAndReturnsNoReport(double at)
    {
        using var recorder = new ProgressRecorder { CancelAt = at };
        HealthReport? report = null;

        Assert.ThrowsAny<OperationCanceledException>(() => report = Graph.AnalyzeHealth(SyntheticOrg.AsOf, null, recorder, recorder.Cancellation.Token));

        Assert.Null(report);
        Assert.Equal(recorder.Reports.Count - 1, recorder.CancelledAt);
        Assert.All(recorder.Reports, r => Assert.Equal(OkrStep.AnalyzingHealth, r.Step));
    }

    [Fact]
    public void AnalyzeHealth_WithProgress_FindsTheSameAndReachesOne()
    {
        using var recorder = new ProgressRecorder();

        var report = Graph.AnalyzeHealth(SyntheticOrg.AsOf, null, recorder, recorder.Cancellation.Token);

        Assert.Equal(Graph.AnalyzeHealth(SyntheticOrg.AsOf).Findings, report.Findings);
        Assert.Equal(0, recorder.Reports[0].Fraction);
        Assert.Equal(1, recorder.Reports[^1].Fraction);
        for (var i = 1; i < recorder.Reports.Count; i++) Assert.True(recorder.Reports[i].Fraction > recorder.Reports[i - 1].Fraction);
        // One report at the start, one as each rule starts, one as the metrics start, and 1 at the end.
        Assert.Equal(HealthAnalyzer.Rules.Count + 3, recorder.Reports.Count);
    }
}
