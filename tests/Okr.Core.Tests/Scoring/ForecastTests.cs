using static Okr.Core.Tests.Support.ScoringFixtures;

namespace Okr.Core.Tests.Scoring;

public class ForecastTests
{
    [Fact]
    public void Forecast_LinearCheckIns_ReproducesTheLine()
    {
        // Bugs fall 1 a day from 100 on 1 January: 69 by 1 February, 41 by 1 March, 11 on 31 March.
        var kr = Kr(Measure.Metric(100, 70), At(1, 1, 100), At(1, 11, 90), At(2, 1, 69));
        var forecast = Scorer.Forecast(kr, Q1, new DateOnly(2026, 2, 1))!;
        Assert.Equal(-1.0, forecast.SlopePerDay, Tolerance);
        Assert.Equal(11.0, forecast.ProjectedValue, Tolerance);
        Assert.Equal((11.0 - 100) / (70 - 100), forecast.ProjectedProgress!.Value, Tolerance);
        Assert.Equal(3, forecast.PointCount);
        Assert.Equal(Q1.End, forecast.Date);
    }

    [Fact]
    public void Forecast_NoisyCheckIns_LeastSquares()
    {
        // Days 0, 10, 20 with values 0, 12, 18: slope = 0.9 per day, intercept 1; day 89 gives 81.1.
        var kr = Kr(Measure.Metric(0, 100), At(1, 1, 0), At(1, 11, 12), At(1, 21, 18));
        var forecast = Scorer.Forecast(kr, Q1, Q1.End)!;
        Assert.Equal(0.9, forecast.SlopePerDay, Tolerance);
        Assert.Equal(1 + 0.9 * 89, forecast.ProjectedValue, Tolerance);
        Assert.Equal(0.811, forecast.ProjectedProgress!.Value, Tolerance);
    }

    [Fact]
    public void Forecast_FewerThanTwoDays_IsNull()
    {
        Assert.Null(Scorer.Forecast(Kr(Measure.Metric(0, 10)), Q1, Q1.End));
        Assert.Null(Scorer.Forecast(Kr(Measure.Metric(0, 10), At(1, 5, 1)), Q1, Q1.End));
        Assert.Null(Scorer.Forecast(Kr(Measure.Metric(0, 10), At(1, 5, 1), At(1, 5, 2)), Q1, Q1.End));
    }

    [Fact]
    public void Forecast_LooksOnlyAtCheckInsInThePeriodUpToAsOf()
    {
        var kr = Kr(Measure.Metric(0, 100), At(1, 1, 0), At(1, 11, 10), At(2, 1, 90)) with
        {
            CheckIns = [new CheckIn { Date = new DateOnly(2025, 12, 1), Value = 500 }, At(1, 1, 0), At(1, 11, 10), At(2, 1, 90), new CheckIn { Date = new DateOnly(2026, 4, 2), Value = -7 }],
        };
        var early = Scorer.Forecast(kr, Q1, new DateOnly(2026, 1, 31))!;
        Assert.Equal(2, early.PointCount);
        Assert.Equal(1.0, early.SlopePerDay, Tolerance);
        Assert.Equal(89.0, early.ProjectedValue, Tolerance);
        Assert.Equal(3, Scorer.Forecast(kr, Q1, new DateOnly(2027, 1, 1))!.PointCount);
        Assert.Null(Scorer.Forecast(kr, Q1, new DateOnly(2026, 1, 5)));
    }

    [Fact]
    public void Forecast_Threshold_ProgressIsMetOrNot_Milestones_NoProgress()
    {
        var threshold = Scorer.Forecast(Kr(Measure.AtMost(5), At(1, 1, 9), At(1, 31, 8)), Q1, Q1.End)!;
        Assert.Equal(0.0, threshold.ProjectedProgress!.Value, Tolerance); // heading for 9 - 89/30, above 5
        var falling = Scorer.Forecast(Kr(Measure.AtMost(5), At(1, 1, 9), At(1, 31, 6)), Q1, Q1.End)!;
        Assert.Equal(1.0, falling.ProjectedProgress!.Value, Tolerance);
        var baseline = Scorer.Forecast(Kr(Measure.Baseline(), At(1, 1, 9), At(1, 31, 6)), Q1, Q1.End)!;
        Assert.Null(baseline.ProjectedProgress);
        Assert.Equal(9 - 0.1 * 89, baseline.ProjectedValue, Tolerance);
    }

    [Fact]
    public void Forecast_IsImmutableValue()
    {
        var kr = Kr(Measure.Metric(0, 100), At(1, 1, 0), At(1, 11, 10));
        Assert.Equal(Scorer.Forecast(kr, Q1, Q1.End), Scorer.Forecast(kr, Q1, Q1.End));
        Assert.All(typeof(Forecast).GetProperties(), p => Assert.False(p.CanWrite));
        Assert.Empty(typeof(Forecast).GetConstructors());
    }
}
