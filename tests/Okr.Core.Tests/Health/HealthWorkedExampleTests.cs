using Okr.Core.Tests.Support;

namespace Okr.Core.Tests.Health;

/// <summary>The health of the domain's worked examples, as of mid-quarter.</summary>
public class HealthWorkedExampleTests
{
    private const double Tolerance = 1e-9;

    private static HealthReport Analyze(OkrSet set) => HealthAnalyzer.AnalyzeHealth(set.Compile().ThrowIfFailed(), WorkedExamples.MidQuarter);

    [Fact]
    public void TechSolutions_OnlyEngineeringsMilestoneKeyResultIsOutputHeavy()
    {
        // Four departments own the company objective's key results, so it is no silo; Engineering's one key result is
        // a milestone ("automated tests for all major features"), 100% output.
        var report = Analyze(WorkedExamples.TechSolutions());
        var finding = Assert.Single(report.Findings);
        Assert.Equal(DiagnosticCodes.OutputHeavy, finding.Code);
        Assert.Equal(["engineering"], finding.Ids);
        Assert.Contains("1 of 1", finding.Message);
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
