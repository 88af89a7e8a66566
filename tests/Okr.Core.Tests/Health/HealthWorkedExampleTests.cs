using Okr.Core.Tests.Support;

namespace Okr.Core.Tests.Health;

/// <summary>The health of the domain's worked examples, as of mid-quarter.</summary>
public class HealthWorkedExampleTests
{
    private const double Tolerance = 1e-9;

    private static HealthReport Analyze(OkrSet set) => HealthAnalyzer.AnalyzeHealth(set.Compile().ThrowIfFailed(), WorkedExamples.MidQuarter);

    [Fact]
    public void TechSolutions_EngineeringIsOutputHeavy_MobileNeverCounts_AppRatingIsPending()
    {
        // Four departments own the company objective's key results, so it is no silo; Engineering's one key result is
        // a milestone ("automated tests for all major features"), 100% output. The mobile team's objective is aligned
        // bottom-up with weight 1 to "quality", which counts its key results only: the alignment moves nothing. The
        // app rating (4.38 of 4.2 -> 4.5, 60% by mid-quarter) reads on track from a value no check-in dates: pending.
        var report = Analyze(WorkedExamples.TechSolutions());
        Assert.Equal([DiagnosticCodes.OutputHeavy, DiagnosticCodes.AlignmentNeverCounts, DiagnosticCodes.SilentGreen], report.Findings.Select(f => f.Code));
        var output = report.Findings[0];
        Assert.Equal(["engineering"], output.Ids);
        Assert.Contains("1 of 1", output.Message);
        Assert.Equal(["mobile-app", "quality"], report.Findings[1].Ids);
        Assert.Equal("1", report.Findings[1].Data["weight"]);
        Assert.Equal(["app-rating", "2026-Q1"], report.Findings[2].Ids);
        Assert.Equal("pending", report.Findings[2].Data["status"]);
        Assert.False(report.IsHealthy);
        Assert.Equal(1.0, report.Metrics.BottomUpShare!.Value, Tolerance);
        Assert.Equal(1.0, report.Metrics.AlignmentCoverage!.Value, Tolerance);
        Assert.Equal([4, 3], report.Metrics.Levels.Select(l => l.KeyResults));
    }

    [Fact]
    public void ConsultancyCascade_EveryCascadedObjectiveIsVerbatim()
    {
        // The article's cascade copies each key result word for word into the objective below.
        var report = Analyze(WorkedExamples.ConsultancyCascade());
        Assert.Equal(
            [["list-growth", "email-list"], ["marketing", "leads"], ["mql-growth", "mqls"]],
            report.FindingsWithCode(DiagnosticCodes.VerbatimCascade).Select(f => f.Ids.ToArray()));
        Assert.Equal(["list-growth", "mql-growth"], report.FindingsWithCode(DiagnosticCodes.TooFewKeyResults).Select(f => f.Ids[0]));
        // Three key results have no value at all 45 days into the year.
        Assert.Equal(["email-list", "leads", "mqls"], report.FindingsWithCode(DiagnosticCodes.NotStarted).Select(f => f.Ids[0]));
        Assert.Equal(1.0, report.Metrics.CascadedShare!.Value, Tolerance);
        Assert.Equal([5.0, 5.0, 4.0], report.Metrics.Levels.Select(l => l.KeyResultsPerOwner!.Value));
        Assert.Empty(report.FindingsWithCode(DiagnosticCodes.Ballooning));
    }

    [Fact]
    public void HrLocalization_SalesOwnsTheKeyResults_NoSilo()
    {
        var report = Analyze(WorkedExamples.HrLocalization());
        Assert.Empty(report.FindingsWithCode(DiagnosticCodes.Silo));
        Assert.Equal(["growth"], report.FindingsWithCode(DiagnosticCodes.TooFewKeyResults).Select(f => f.Ids[0]));
        Assert.Equal(1.0, report.Metrics.LocalizedShare!.Value, Tolerance);
    }
}
