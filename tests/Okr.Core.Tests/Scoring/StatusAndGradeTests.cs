using static Okr.Core.Tests.Support.ScoringFixtures;

namespace Okr.Core.Tests.Scoring;

public class StatusAndGradeTests
{
    private static readonly DateOnly Mid = new(2026, 2, 15); // 45 of 89 days: expected 0.50562

    [Theory]
    [InlineData(0.6, ProgressStatus.OnTrack)]
    [InlineData(0.4, ProgressStatus.Behind)]
    [InlineData(0.2, ProgressStatus.AtRisk)]
    [InlineData(1.0, ProgressStatus.Achieved)]
    [InlineData(1.3, ProgressStatus.Achieved)]
    public void Status_ByGapToExpected(double progress, ProgressStatus expected)
        => Assert.Equal(expected, Scorer.Status(progress, 0.5, Q1, Mid));

    [Fact]
    public void Status_GapExactlyAtThreshold_IsBehind()
        => Assert.Equal(ProgressStatus.Behind, Scorer.Status(0.25, 0.5, Q1, Mid));

    [Fact]
    public void Status_ConfigurableAtRiskGap()
    {
        var strict = new ScoringOptions { AtRiskGap = 0.1 };
        Assert.Equal(ProgressStatus.AtRisk, Scorer.Status(0.35, 0.5, Q1, Mid, strict));
        Assert.Equal(ProgressStatus.Behind, Scorer.Status(0.45, 0.5, Q1, Mid, strict));
    }

    [Fact]
    public void Status_BeforePeriod_NotStarted_NotMeasured_NoData()
    {
        Assert.Equal(ProgressStatus.NotStarted, Scorer.Status(0.1, 0, Q1, new DateOnly(2025, 12, 31)));
        Assert.Equal(ProgressStatus.NoData, Scorer.Status(null, 0.5, Q1, Mid));
        Assert.Equal(ProgressStatus.NoData, Scorer.Status(double.NaN, 0.5, Q1, Mid));
    }

    [Fact]
    public void Status_OfKeyResult_UsesValueAndExpectedOnTheDay()
    {
        // Bugs 100 -> 70: 85 on 15 February is 0.5 against an expected 45/89.
        var kr = Kr(Measure.Metric(100, 70), At(1, 15, 95), At(2, 15, 85));
        Assert.Equal(45.0 / 89, Scorer.ExpectedProgress(Q1, Mid), Tolerance);
        Assert.Equal(ProgressStatus.Behind, Scorer.Status(kr, Q1, Mid));
        Assert.Equal(ProgressStatus.OnTrack, Scorer.Status(kr, Q1, new DateOnly(2026, 1, 15))); // 1/6 against 14/89
        Assert.Equal(ProgressStatus.AtRisk, Scorer.Status(kr, Q1, new DateOnly(2026, 2, 14))); // still 1/6 against 44/89
        Assert.Equal(ProgressStatus.AtRisk, Scorer.Status(kr, Q1, new DateOnly(2026, 3, 31)));
        Assert.Equal(ProgressStatus.NotStarted, Scorer.Status(kr, Q1, new DateOnly(2025, 12, 1)));
    }

    [Fact]
    public void Status_OfKeyResultBelowStart_CountsAsZero()
    {
        // On the first day nothing is expected; a value below the start is 0 progress, not behind.
        var kr = Kr(Measure.Metric(100, 70), At(1, 1, 104));
        Assert.Equal(ProgressStatus.OnTrack, Scorer.Status(kr, Q1, new DateOnly(2026, 1, 1)));
    }

    [Theory]
    [InlineData(0.39, Grade.Red)]
    [InlineData(0.4, Grade.Yellow)]
    [InlineData(0.69, Grade.Yellow)]
    [InlineData(0.7, Grade.Green)]
    [InlineData(1.0, Grade.Green)]
    public void GradeOf_Aspirational_GreenFromSeventy(double progress, Grade grade)
        => Assert.Equal(grade, Scorer.GradeOf(progress, Commitment.Aspirational));

    [Theory]
    [InlineData(0.39, Grade.Red)]
    [InlineData(0.7, Grade.Yellow)]
    [InlineData(0.99, Grade.Yellow)]
    [InlineData(1.0, Grade.Green)]
    public void GradeOf_Committed_GreenOnlyAtOne(double progress, Grade grade)
        => Assert.Equal(grade, Scorer.GradeOf(progress, Commitment.Committed));

    [Fact]
    public void GradeOf_CustomBands()
    {
        var options = new ScoringOptions { AspirationalBands = new GradeBands(0.3, 0.6) };
        Assert.Equal(Grade.Green, Scorer.GradeOf(0.6, Commitment.Aspirational, options));
        Assert.Equal(Grade.Yellow, Scorer.GradeOf(0.3, Commitment.Aspirational, options));
        Assert.Equal(Grade.Green, Scorer.GradeOf(1.0, Commitment.Committed, options));
    }

    [Fact]
    public void GradeOf_NotMeasured_HasNoGrade_NeverRed()
        => Assert.Throws<ArgumentOutOfRangeException>(() => Scorer.GradeOf(double.NaN, Commitment.Aspirational));

    [Fact]
    public void Options_RejectBadValues()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ScoringOptions { OverAchievementCap = 0.9 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new ScoringOptions { OverAchievementCap = double.NaN });
        Assert.Throws<ArgumentOutOfRangeException>(() => new ScoringOptions { AtRiskGap = -0.1 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new GradeBands(0.7, 0.4));
    }
}
