namespace Okr.Core.Tests.Scoring;

/// <summary>The examples of docs/scoring.md, line for line, with the results the page states.</summary>
public class ScoringDocExamplesTests
{
    private const double Tolerance = 1e-9;
    private static readonly Period Q1 = Period.Quarter(2026, 1);
    private static readonly DateOnly Day = new(2026, 2, 15);

    private static KeyResult Kr(Measure measure, params CheckIn[] checkIns)
        => new() { Id = "kr", Title = "Example", ObjectiveId = "o", Measure = measure, CheckIns = checkIns };

    [Fact]
    public void Metric()
    {
        Assert.Equal(0.5, Scorer.RawProgress(Kr(Measure.Metric(100, 70, current: 85)), Day)!.Value, Tolerance);
        Assert.Equal(0.5, Scorer.RawProgress(Kr(Measure.Metric(4.2, 4.5, current: 4.35)), Day)!.Value, Tolerance);
        Assert.Equal(0.25, Scorer.RawProgress(Kr(Measure.Metric(15, 35, current: 20)), Day)!.Value, Tolerance);
        var kr = Kr(Measure.Metric(100, 60, current: 50));
        Assert.Equal(1.25, Scorer.RawProgress(kr, Day)!.Value, Tolerance);
        Assert.Equal(1.0, Scorer.Progress(kr, Day)!.Value, Tolerance);
        Assert.Equal(1.25, Scorer.Progress(kr, Day, new ScoringOptions { OverAchievementCap = 1.5 })!.Value, Tolerance);
        Assert.Equal(0.0, Scorer.Progress(Kr(Measure.Metric(100, 70, current: 106)), Day)!.Value, Tolerance);
    }

    [Fact]
    public void ThresholdMilestonesBaseline()
    {
        Assert.Equal(1.0, Scorer.RawProgress(Kr(Measure.AtMost(5, current: 5)), Day));
        Assert.Equal(0.0, Scorer.RawProgress(Kr(Measure.AtMost(5, current: 5.1)), Day));
        Assert.Equal(1.0, Scorer.RawProgress(Kr(Measure.AtLeast(85, current: 88)), Day));
        var launch = Measure.Milestones(
            new Milestone { Title = "Design", Weight = 1, Done = true },
            new Milestone { Title = "Build", Weight = 3, Done = true, DoneOn = new DateOnly(2026, 2, 20) },
            new Milestone { Title = "Launch", Weight = 4 });
        Assert.Equal(0.125, Scorer.RawProgress(Kr(launch), Day)!.Value, Tolerance);
        Assert.Equal(0.5, Scorer.RawProgress(Kr(launch), new DateOnly(2026, 3, 1))!.Value, Tolerance);
        Assert.Equal(1.0, Scorer.RawProgress(Kr(Measure.Binary("Rolled out", done: true)), Day));
        Assert.Null(Scorer.RawProgress(Kr(Measure.Baseline("NPS"), new CheckIn { Date = Day, Value = 42 }), Day));
        Assert.Equal(ProgressStatus.NoData, Scorer.Status(Kr(Measure.Baseline("NPS")), Q1, Day));
    }

    [Fact]
    public void ValuesAsOf()
    {
        var bugs = Kr(Measure.Metric(100, 70),
            new CheckIn { Date = new DateOnly(2026, 1, 10), Value = 95 },
            new CheckIn { Date = new DateOnly(2026, 2, 10), Value = 85 },
            new CheckIn { Date = new DateOnly(2026, 3, 10), Value = 75 });
        Assert.Null(Scorer.ValueAsOf(bugs, new DateOnly(2026, 1, 9)));
        Assert.Equal(85, Scorer.ValueAsOf(bugs, new DateOnly(2026, 2, 28)));
        Assert.Equal(0.5, Scorer.RawProgress(bugs, new DateOnly(2026, 2, 28))!.Value, Tolerance);
    }

    [Fact]
    public void ExpectedProgress()
    {
        Assert.Equal(0.506, Scorer.ExpectedProgress(Q1, Day), 0.0005);
        var revenue = Kr(Measure.Metric(1_000_000, 1_200_000)) with
        {
            Checkpoints =
            [
                new Checkpoint { Date = new DateOnly(2026, 1, 31), Value = 1_020_000 },
                new Checkpoint { Date = new DateOnly(2026, 2, 28), Value = 1_080_000 },
            ],
        };
        Assert.Equal(0.1, Scorer.ExpectedProgress(revenue, Q1, new DateOnly(2026, 1, 31)), Tolerance);
        Assert.Equal(0.25, Scorer.ExpectedProgress(revenue, Q1, new DateOnly(2026, 2, 14)), Tolerance);
        Assert.Equal(0.4, Scorer.ExpectedProgress(revenue, Q1, new DateOnly(2026, 2, 28)), Tolerance);
        Assert.Equal(0.652, Scorer.ExpectedProgress(Q1, new DateOnly(2026, 2, 28)), 0.0005);
    }

    [Fact]
    public void Status()
    {
        var bugs = Kr(Measure.Metric(100, 70),
            new CheckIn { Date = new DateOnly(2026, 1, 15), Value = 95 },
            new CheckIn { Date = new DateOnly(2026, 2, 15), Value = 85 });
        Assert.Equal(ProgressStatus.OnTrack, Scorer.Status(bugs, Q1, new DateOnly(2026, 1, 15)));
        Assert.Equal(ProgressStatus.AtRisk, Scorer.Status(bugs, Q1, new DateOnly(2026, 2, 14)));
        Assert.Equal(ProgressStatus.Behind, Scorer.Status(bugs, Q1, new DateOnly(2026, 2, 15)));
        Assert.Equal(ProgressStatus.AtRisk, Scorer.Status(bugs, Q1, new DateOnly(2026, 3, 31)));
        Assert.Equal(ProgressStatus.Behind, Scorer.Status(bugs, Q1, new DateOnly(2026, 3, 31), new ScoringOptions { AtRiskGap = 0.6 }));
    }

    [Fact]
    public void Grading()
    {
        Assert.Equal(Grade.Green, Scorer.GradeOf(0.7, Commitment.Aspirational));
        Assert.Equal(Grade.Yellow, Scorer.GradeOf(0.7, Commitment.Committed));
        var lenient = new ScoringOptions { AspirationalBands = new GradeBands(yellowFrom: 0.3, greenFrom: 0.6) };
        Assert.Equal(Grade.Green, Scorer.GradeOf(0.6, Commitment.Aspirational, lenient));
    }

    [Fact]
    public void ForecastAndConfidence()
    {
        var crashes = Kr(Measure.Metric(100, 70),
            new CheckIn { Date = new DateOnly(2026, 1, 1), Value = 100 },
            new CheckIn { Date = new DateOnly(2026, 1, 11), Value = 90 },
            new CheckIn { Date = new DateOnly(2026, 2, 1), Value = 69 });
        var forecast = Scorer.Forecast(crashes, Q1, new DateOnly(2026, 2, 1))!;
        Assert.Equal(-1, forecast.SlopePerDay, Tolerance);
        Assert.Equal(11, forecast.ProjectedValue, Tolerance);
        Assert.Equal(2.97, forecast.ProjectedProgress!.Value, 0.005);
        Assert.Equal(new DateOnly(2026, 3, 31), forecast.Date);
        Assert.Null(Scorer.Forecast(Kr(Measure.Metric(0, 10), new CheckIn { Date = Day, Value = 3 }), Q1, Day));

        var kr = Kr(Measure.Metric(0, 10),
            new CheckIn { Date = new DateOnly(2026, 1, 10), Value = 2, Confidence = Confidence.FromScore(0.9) },
            new CheckIn { Date = new DateOnly(2026, 2, 10), Value = 5, Confidence = Confidence.FromLevel(ConfidenceLevel.Medium) });
        Assert.Equal("0.9", Scorer.ConfidenceAsOf(kr, new DateOnly(2026, 1, 31)).ToString());
        Assert.Equal("Medium", Scorer.ConfidenceAsOf(kr, Day).ToString());
    }
}
