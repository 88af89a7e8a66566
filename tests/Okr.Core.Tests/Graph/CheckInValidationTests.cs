using static Okr.Core.Tests.Support.ScoringFixtures;

namespace Okr.Core.Tests.Graph;

/// <summary>Every OKR02xx code fires on its bad input with the right ids and path, and a valid neighbour passes.</summary>
public class CheckInValidationTests
{
    private static Diagnostic Single(KeyResult kr, string code)
    {
        var result = SetWith(kr).Compile();
        return Assert.Single(result.Diagnostics, d => d.Code == code);
    }

    private static void Clean(KeyResult kr)
    {
        var result = SetWith(kr).Compile();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Codes_AreInTheScoringRange()
    {
        var codes = new[]
        {
            DiagnosticCodes.CheckInOutsidePeriod, DiagnosticCodes.ConfidenceOutOfRange, DiagnosticCodes.DuplicateCheckInDate,
            DiagnosticCodes.DuplicateCheckpointDate, DiagnosticCodes.CheckpointOutsidePeriod, DiagnosticCodes.CurrentAndCheckIns,
            DiagnosticCodes.CheckpointsNotUsed, DiagnosticCodes.CheckpointFractionOutOfRange,
        };
        Assert.All(codes, c => Assert.Matches("^OKR02[0-9]{2}$", c));
        Assert.Equal(codes.Length, codes.Distinct().Count());
    }

    [Fact]
    public void CheckInOutsidePeriod_Warns_KeepsValue()
    {
        var kr = Kr(Measure.Metric(0, 10), At(1, 5, 1), new CheckIn { Date = new DateOnly(2026, 4, 1), Value = 2 });
        var result = SetWith(kr).Compile();
        Assert.True(result.Succeeded);
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.CheckInOutsidePeriod, d.Code);
        Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
        Assert.Equal(["kr", "2026-Q1"], d.Ids);
        Assert.Equal("$.keyResults[0].checkIns[1].date", d.Path);
        Assert.Equal(2, Scorer.ValueAsOf(result.Graph!.Set.KeyResults[0], new DateOnly(2026, 4, 1)));
        Clean(Kr(Measure.Metric(0, 10), At(1, 1, 1), At(3, 31, 2)));
    }

    [Theory]
    [InlineData(1.2)]
    [InlineData(-0.1)]
    [InlineData(double.NaN)]
    public void ConfidenceOutOfRange_ScoreOutsideZeroToOne_IsError(double score)
    {
        var d = Single(Kr(Measure.Metric(0, 10), At(1, 5, 1), At(2, 5, 3, Confidence.FromScore(score))), DiagnosticCodes.ConfidenceOutOfRange);
        Assert.True(d.IsError);
        Assert.Equal(["kr"], d.Ids);
        Assert.Equal("$.keyResults[0].checkIns[1].confidence", d.Path);
    }

    [Fact]
    public void ConfidenceOutOfRange_UndefinedLevel_IsError()
    {
        var d = Single(Kr(Measure.Metric(0, 10), At(2, 5, 3, Confidence.FromLevel((ConfidenceLevel)7))), DiagnosticCodes.ConfidenceOutOfRange);
        Assert.Contains("low, medium or high", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Confidence_ValidNeighbours_Pass()
        => Clean(Kr(Measure.Metric(0, 10), At(1, 5, 1, Confidence.FromScore(0)), At(2, 5, 3, Confidence.FromScore(1)), At(3, 5, 4, Confidence.FromLevel(ConfidenceLevel.High))));

    [Fact]
    public void DuplicateCheckInDate_IsError_OnTheSecond()
    {
        var d = Single(Kr(Measure.Metric(0, 10), At(1, 5, 1), At(2, 5, 3), At(1, 5, 2)), DiagnosticCodes.DuplicateCheckInDate);
        Assert.True(d.IsError);
        Assert.Equal(["kr"], d.Ids);
        Assert.Equal("$.keyResults[0].checkIns[2].date", d.Path);
        Assert.Contains("2026-01-05", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NotFiniteCheckInValue_IsOkr0105()
    {
        var d = Single(Kr(Measure.Metric(0, 10), At(1, 5, double.PositiveInfinity)), DiagnosticCodes.NotFinite);
        Assert.Equal("$.keyResults[0].checkIns[0].value", d.Path);
        Assert.Equal(["kr"], d.Ids);
    }

    [Fact]
    public void DuplicateCheckpointDate_IsError()
    {
        var d = Single(Kr(Measure.Metric(0, 10)) with { Checkpoints = [By(2, 1, 3), By(2, 1, 4)] }, DiagnosticCodes.DuplicateCheckpointDate);
        Assert.True(d.IsError);
        Assert.Equal("$.keyResults[0].checkpoints[1].date", d.Path);
    }

    [Fact]
    public void CheckpointOutsidePeriod_Warns()
    {
        var d = Single(Kr(Measure.Metric(0, 10)) with { Checkpoints = [By(2, 1, 3), By(5, 1, 4)] }, DiagnosticCodes.CheckpointOutsidePeriod);
        Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
        Assert.Equal(["kr", "2026-Q1"], d.Ids);
        Assert.Equal("$.keyResults[0].checkpoints[1].date", d.Path);
        Clean(Kr(Measure.Metric(0, 10)) with { Checkpoints = [By(1, 1, 1), By(3, 31, 10)] });
    }

    [Fact]
    public void CheckpointsNotUsed_OnThresholdOrBaseline_Warns()
    {
        var d = Single(Kr(Measure.AtMost(5)) with { Checkpoints = [By(2, 1, 3)] }, DiagnosticCodes.CheckpointsNotUsed);
        Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
        Assert.Equal("$.keyResults[0].checkpoints", d.Path);
        Single(Kr(Measure.Baseline()) with { Checkpoints = [By(2, 1, 3)] }, DiagnosticCodes.CheckpointsNotUsed);
        Clean(Kr(Measure.Binary("Ship")) with { Checkpoints = [By(2, 1, 0.5)] });
    }

    [Fact]
    public void CheckpointFractionOutOfRange_OnMilestones_IsError()
    {
        var d = Single(Kr(Measure.Binary("Ship")) with { Checkpoints = [By(2, 1, 40)] }, DiagnosticCodes.CheckpointFractionOutOfRange);
        Assert.True(d.IsError);
        Assert.Equal("$.keyResults[0].checkpoints[0].value", d.Path);
    }

    [Fact]
    public void CurrentAndCheckIns_Warns_CheckInsWin()
    {
        var kr = Kr(Measure.Metric(0, 10, current: 9), At(2, 1, 3));
        var d = Single(kr, DiagnosticCodes.CurrentAndCheckIns);
        Assert.Equal("$.keyResults[0].measure.current", d.Path);
        Assert.Equal(3, Scorer.ValueAsOf(kr, new DateOnly(2026, 3, 1)));
    }

    [Fact]
    public void ManyCheckInProblems_AllReportedAtOnce()
    {
        var kr = Kr(Measure.Metric(0, 10),
            At(1, 5, 1), At(1, 5, 2),
            new CheckIn { Date = new DateOnly(2027, 1, 1), Value = 3 },
            At(2, 1, double.NaN, Confidence.FromScore(7))) with { Checkpoints = [By(6, 1, 5)] };
        var codes = SetWith(kr).Compile().Diagnostics.Select(d => d.Code).Order().ToArray();
        Assert.Equal(new[]
        {
            DiagnosticCodes.NotFinite, DiagnosticCodes.CheckInOutsidePeriod, DiagnosticCodes.ConfidenceOutOfRange,
            DiagnosticCodes.DuplicateCheckInDate, DiagnosticCodes.CheckpointOutsidePeriod,
        }.Order(), codes);
    }
}
