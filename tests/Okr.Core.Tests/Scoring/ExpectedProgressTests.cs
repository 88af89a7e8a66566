using static Okr.Core.Tests.Support.ScoringFixtures;

namespace Okr.Core.Tests.Scoring;

public class ExpectedProgressTests
{
    [Fact]
    public void ExpectedProgress_Linear_ZeroAtStartOneAtEnd()
    {
        Assert.Equal(0.0, Scorer.ExpectedProgress(Q1, Q1.Start), Tolerance);
        Assert.Equal(1.0, Scorer.ExpectedProgress(Q1, Q1.End), Tolerance);
        Assert.Equal(0.0, Scorer.ExpectedProgress(Q1, new DateOnly(2025, 11, 1)), Tolerance);
        Assert.Equal(1.0, Scorer.ExpectedProgress(Q1, new DateOnly(2026, 6, 1)), Tolerance);
        Assert.Equal(45.0 / 89, Scorer.ExpectedProgress(Q1, new DateOnly(2026, 2, 15)), Tolerance);
    }

    [Fact]
    public void ExpectedProgress_KeyResultWithoutCheckpoints_IsLinear()
    {
        var kr = Kr(Measure.Metric(0, 100));
        Assert.Equal(45.0 / 89, Scorer.ExpectedProgress(kr, Q1, new DateOnly(2026, 2, 15)), Tolerance);
    }

    [Fact]
    public void ExpectedProgress_PhasedTargets_PiecewiseLinear()
    {
        // Revenue 1.0M -> 1.2M, back-loaded: 1.02M by 31 January, 1.08M by 28 February, 1.2M at the end.
        var kr = Kr(Measure.Metric(1_000_000, 1_200_000)) with
        {
            Checkpoints = [By(1, 31, 1_020_000), By(2, 28, 1_080_000)],
        };
        Assert.Equal(0.0, Scorer.ExpectedProgress(kr, Q1, Q1.Start), Tolerance);
        Assert.Equal(0.05, Scorer.ExpectedProgress(kr, Q1, new DateOnly(2026, 1, 16)), Tolerance); // 15 of 30 days to 0.1
        Assert.Equal(0.1, Scorer.ExpectedProgress(kr, Q1, new DateOnly(2026, 1, 31)), Tolerance);
        Assert.Equal(0.1 + 0.3 * 14 / 28, Scorer.ExpectedProgress(kr, Q1, new DateOnly(2026, 2, 14)), Tolerance);
        Assert.Equal(0.4, Scorer.ExpectedProgress(kr, Q1, new DateOnly(2026, 2, 28)), Tolerance);
        Assert.Equal(0.4 + 0.6 * 10 / 31, Scorer.ExpectedProgress(kr, Q1, new DateOnly(2026, 3, 10)), Tolerance);
        Assert.Equal(1.0, Scorer.ExpectedProgress(kr, Q1, Q1.End), Tolerance);
        Assert.Equal(1.0, Scorer.ExpectedProgress(kr, Q1, new DateOnly(2026, 7, 1)), Tolerance);
        Assert.Equal(0.0, Scorer.ExpectedProgress(kr, Q1, new DateOnly(2025, 7, 1)), Tolerance);
    }

    [Fact]
    public void ExpectedProgress_CheckpointsInAnyOrder_SameCurve()
    {
        var sorted = Kr(Measure.Metric(100, 70)) with { Checkpoints = [By(1, 31, 95), By(2, 28, 85)] };
        var shuffled = sorted with { Checkpoints = [By(2, 28, 85), By(1, 31, 95)] };
        for (var day = Q1.Start; day <= Q1.End; day = day.AddDays(1))
            Assert.Equal(Scorer.ExpectedProgress(sorted, Q1, day), Scorer.ExpectedProgress(shuffled, Q1, day), Tolerance);
        Assert.Equal(0.5, Scorer.ExpectedProgress(sorted, Q1, new DateOnly(2026, 2, 28)), Tolerance);
    }

    [Fact]
    public void ExpectedProgress_MilestoneCheckpoints_AreFractions()
    {
        var kr = Kr(Measure.Milestones(new Milestone { Title = "A" }, new Milestone { Title = "B" })) with { Checkpoints = [By(2, 28, 0.25)] };
        Assert.Equal(0.25, Scorer.ExpectedProgress(kr, Q1, new DateOnly(2026, 2, 28)), Tolerance);
        Assert.Equal(0.25 + 0.75 * 15 / 31, Scorer.ExpectedProgress(kr, Q1, new DateOnly(2026, 3, 15)), Tolerance);
    }

    [Fact]
    public void ExpectedProgress_CheckpointOnLastDay_ReplacesTheEndPoint()
    {
        var kr = Kr(Measure.Metric(0, 100)) with { Checkpoints = [By(3, 31, 90)] };
        Assert.Equal(0.9, Scorer.ExpectedProgress(kr, Q1, Q1.End), Tolerance);
        Assert.Equal(0.9, Scorer.ExpectedProgress(kr, Q1, Q1.End.AddDays(5)), Tolerance);
    }

    [Fact]
    public void ExpectedProgress_UnusableCheckpoints_Ignored()
    {
        var plain = Kr(Measure.Metric(0, 100));
        var day = new DateOnly(2026, 2, 15);
        var linear = Scorer.ExpectedProgress(plain, Q1, day);
        Assert.Equal(linear, Scorer.ExpectedProgress(plain with { Checkpoints = [By(4, 30, 10)] }, Q1, day), Tolerance);
        Assert.Equal(linear, Scorer.ExpectedProgress(plain with { Checkpoints = [By(2, 1, double.NaN)] }, Q1, day), Tolerance);
        var threshold = Kr(Measure.AtMost(5)) with { Checkpoints = [By(2, 1, 3)] };
        Assert.Equal(linear, Scorer.ExpectedProgress(threshold, Q1, day), Tolerance);
    }

    [Fact]
    public void Status_WithPhasedTargets_JudgesAgainstTheCheckpoint()
    {
        // Back-loaded plan: only 10% expected by 31 January, so 0.1 progress then is on track (linear would say behind).
        var kr = Kr(Measure.Metric(0, 100), At(1, 31, 10)) with { Checkpoints = [By(1, 31, 10), By(2, 28, 40)] };
        Assert.Equal(ProgressStatus.OnTrack, Scorer.Status(kr, Q1, new DateOnly(2026, 1, 31)));
        Assert.Equal(ProgressStatus.Behind, Scorer.Status(kr with { Checkpoints = [] }, Q1, new DateOnly(2026, 1, 31)));
    }

    [Fact]
    public void ExpectedProgress_OneDayPeriod_SameWithOrWithoutCheckpoints()
    {
        var day = new Period { Id = "launch-day", Start = new DateOnly(2026, 5, 4), End = new DateOnly(2026, 5, 4) };
        var kr = Kr(Measure.Metric(0, 10)) with { Checkpoints = [new Checkpoint { Date = day.Start, Value = 5 }] };
        Assert.Equal(Scorer.ExpectedProgress(day, day.Start), Scorer.ExpectedProgress(kr, day, day.Start));
        Assert.Equal(1.0, Scorer.ExpectedProgress(kr, day, day.Start.AddDays(1)));
    }
}
