using Okr.Core.Tests.Support;
using static Okr.Core.Tests.Support.ScoringFixtures;

namespace Okr.Core.Tests.Scoring;

public class MeasureProgressTests
{
    private static readonly DateOnly Day = new(2026, 2, 15);

    private static double Raw(Measure measure) => Scorer.RawProgress(Kr(measure), Day)!.Value;

    [Fact]
    public void RawProgress_DecreasingMetricBugs100To70At85_IsHalf()
        => Assert.Equal(0.5, Raw(Measure.Metric(100, 70, current: 85)), Tolerance);

    [Fact]
    public void RawProgress_IncreasingMetricCsat42To45At435_IsHalf()
        => Assert.Equal(0.5, Raw(Measure.Metric(4.2, 4.5, current: 4.35)), Tolerance);

    [Fact]
    public void RawProgress_Metric15To35At20_IsQuarter()
        => Assert.Equal(0.25, Raw(Measure.Metric(15, 35, current: 20)), Tolerance);

    [Fact]
    public void Progress_Decrease100To60At50_RawOneAndAQuarterClampedOneCappedOneAndAQuarter()
    {
        var kr = Kr(Measure.Metric(100, 60, current: 50));
        Assert.Equal(1.25, Scorer.RawProgress(kr, Day)!.Value, Tolerance);
        Assert.Equal(1.0, Scorer.Progress(kr, Day)!.Value, Tolerance);
        Assert.Equal(1.25, Scorer.Progress(kr, Day, new ScoringOptions { OverAchievementCap = 1.5 })!.Value, Tolerance);
        Assert.Equal(1.2, Scorer.Progress(kr, Day, new ScoringOptions { OverAchievementCap = 1.2 })!.Value, Tolerance);
    }

    [Fact]
    public void Progress_BelowStart_RawNegativeClampedZero()
    {
        var kr = Kr(Measure.Metric(100, 70, current: 106));
        Assert.Equal(-0.2, Scorer.RawProgress(kr, Day)!.Value, Tolerance);
        Assert.Equal(0.0, Scorer.Progress(kr, Day)!.Value, Tolerance);
    }

    [Fact]
    public void TechSolutions_DepartmentKeyResults_HaveTheDomainNumbers()
    {
        var set = WorkedExamples.TechSolutions();
        double P(string id) => Scorer.RawProgress(set.KeyResults.Single(k => k.Id == id), WorkedExamples.MidQuarter)!.Value;
        Assert.Equal(0.5, P("bugs"), Tolerance);
        Assert.Equal(0.5, P("csat"), Tolerance);
        Assert.Equal(0.25, P("retention"), Tolerance);
        Assert.Equal(0.0, P("autotests"), Tolerance);
        Assert.Equal(0.6, P("app-rating"), Tolerance);
        Assert.Equal(0.5, P("app-crashes"), Tolerance);
        Assert.Equal(0.5, P("app-features"), Tolerance);
    }

    [Theory]
    [InlineData(4.9, 1.0)]
    [InlineData(5.0, 1.0)]
    [InlineData(5.1, 0.0)]
    public void RawProgress_StayBelowFive_EqualityIsMet(double value, double expected)
        => Assert.Equal(expected, Raw(Measure.AtMost(5, current: value)), Tolerance);

    [Theory]
    [InlineData(84.9, 0.0)]
    [InlineData(85.0, 1.0)]
    [InlineData(90.0, 1.0)]
    public void RawProgress_RetentionAtLeast85_EqualityIsMet(double value, double expected)
        => Assert.Equal(expected, Raw(Measure.AtLeast(85, current: value)), Tolerance);

    [Fact]
    public void RawProgress_WeightedMilestones_IsDoneWeightOverTotal()
    {
        var measure = Measure.Milestones(
            new Milestone { Title = "Design", Weight = 1, Done = true },
            new Milestone { Title = "Build", Weight = 3, Done = true },
            new Milestone { Title = "Launch", Weight = 4 });
        Assert.Equal(0.5, Raw(measure), Tolerance);
    }

    [Fact]
    public void RawProgress_MilestoneDoneLater_NotSeenBeforeItsDay()
    {
        var kr = Kr(Measure.Milestones(
            new Milestone { Title = "A", Done = true, DoneOn = new DateOnly(2026, 1, 20) },
            new Milestone { Title = "B", Done = true, DoneOn = new DateOnly(2026, 3, 1) }));
        Assert.Equal(0.0, Scorer.RawProgress(kr, new DateOnly(2026, 1, 19))!.Value, Tolerance);
        Assert.Equal(0.5, Scorer.RawProgress(kr, new DateOnly(2026, 1, 20))!.Value, Tolerance);
        Assert.Equal(1.0, Scorer.RawProgress(kr, new DateOnly(2026, 3, 1))!.Value, Tolerance);
    }

    [Fact]
    public void RawProgress_Binary_IsZeroOrOne()
    {
        Assert.Equal(0.0, Raw(Measure.Binary("Rolled out")), Tolerance);
        Assert.Equal(1.0, Raw(Measure.Binary("Rolled out", done: true)), Tolerance);
    }

    [Fact]
    public void Progress_Baseline_IsNotMeasuredNeverZero()
    {
        var kr = Kr(Measure.Baseline("NPS"), At(2, 1, 42));
        Assert.Null(Scorer.RawProgress(kr, Day));
        Assert.Null(Scorer.Progress(kr, Day));
        Assert.True(double.IsNaN(Scorer.MeasuredProgress(kr, Day, ScoringOptions.Default)));
        Assert.Equal(ProgressStatus.NoData, Scorer.Status(kr, Q1, Day));
    }

    [Fact]
    public void Progress_MetricWithoutValue_IsNotMeasured()
    {
        var kr = Kr(Measure.Metric(0, 10));
        Assert.Null(Scorer.ValueAsOf(kr, Day));
        Assert.Null(Scorer.Progress(kr, Day));
        Assert.Equal(ProgressStatus.NoData, Scorer.Status(kr, Q1, Day));
    }

    [Fact]
    public void Progress_DerivedKeyResult_IsNotMeasuredByItsOwnMeasure()
        => Assert.Null(Scorer.RawProgress(Kr(Measure.Metric(0, 10, current: 5)) with { Derived = true }, Day));

    [Fact]
    public void ValueAsOf_LatestCheckInOnOrBefore_WinsOverCurrent()
    {
        var kr = Kr(Measure.Metric(100, 70, current: 99), At(1, 10, 95), At(2, 10, 85), At(3, 10, 75));
        Assert.Null(Scorer.ValueAsOf(kr, new DateOnly(2026, 1, 9)));
        Assert.Equal(95, Scorer.ValueAsOf(kr, new DateOnly(2026, 1, 10)));
        Assert.Equal(85, Scorer.ValueAsOf(kr, new DateOnly(2026, 3, 9)));
        Assert.Equal(75, Scorer.ValueAsOf(kr, new DateOnly(2026, 12, 31)));
        Assert.Equal(0.5, Scorer.RawProgress(kr, new DateOnly(2026, 2, 28))!.Value, Tolerance);
    }

    [Fact]
    public void ValueAsOf_CheckInsInAnyOrder_SameAnswer()
    {
        var kr = Kr(Measure.Metric(0, 10), At(3, 10, 9), At(1, 10, 2), At(2, 10, 5));
        Assert.Equal(5, Scorer.ValueAsOf(kr, new DateOnly(2026, 2, 20)));
    }

    [Fact]
    public void ConfidenceAsOf_LatestCheckInsConfidence_AsGiven()
    {
        var kr = Kr(Measure.Metric(0, 10),
            At(1, 10, 2, Confidence.FromScore(0.9)),
            At(2, 10, 5, Confidence.FromLevel(ConfidenceLevel.Medium)),
            At(3, 10, 6));
        Assert.Null(Scorer.ConfidenceAsOf(kr, new DateOnly(2026, 1, 1)));
        Assert.Equal(0.9, Scorer.ConfidenceAsOf(kr, new DateOnly(2026, 1, 31))!.Value.Score);
        Assert.Equal(ConfidenceLevel.Medium, Scorer.ConfidenceAsOf(kr, new DateOnly(2026, 2, 10))!.Value.Level);
        Assert.Null(Scorer.ConfidenceAsOf(kr, new DateOnly(2026, 3, 10)));
    }
}
