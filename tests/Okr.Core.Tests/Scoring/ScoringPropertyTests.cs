using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Okr.Core.Tests.Arbitraries;
using static Okr.Core.Tests.Support.ScoringFixtures;

namespace Okr.Core.Tests.Scoring;

/// <summary>
/// The scoring invariants of the design contract, as FsCheck properties over values from
/// <see cref="ScoringArbitraries"/> (numbers on a 0.01 grid, days of Q1, check-in histories, phased plans), which
/// shrink toward small, round values and short lists.
/// </summary>
[Properties(Arbitrary = new[] { typeof(ScoringArbitraries) })]
public class ScoringPropertyTests
{
    private const int Runs = 300;

    [OkrProperty(Runs = Runs)]
    public Property Metric_ProgressIsMonotoneInTheValueTowardTheTarget(Hundredths start, Hundredths target, Hundredths a, Hundredths b)
    {
        return Prop.When(start != target, () =>
        {
            // Order a and b so that "toward" is the direction from start to target.
            var (nearer, further) = (target > start) == (a <= b) ? (a.Number, b.Number) : (b.Number, a.Number);
            var day = Q1.End;
            var pNear = Scorer.RawProgress(Kr(Measure.Metric(start, target, nearer)), day)!.Value;
            var pFar = Scorer.RawProgress(Kr(Measure.Metric(start, target, further)), day)!.Value;
            return pNear <= pFar + Tolerance
                && Scorer.Progress(Kr(Measure.Metric(start, target, nearer)), day) <= Scorer.Progress(Kr(Measure.Metric(start, target, further)), day) + Tolerance;
        });
    }

    [OkrProperty(Runs = Runs)]
    public bool Threshold_ProgressIsMonotoneInTheValueTowardTheAcceptableSide(Hundredths limit, Hundredths a, Hundredths b, bool atLeast)
    {
        var (lo, hi) = a <= b ? (a.Number, b.Number) : (b.Number, a.Number);
        var (worse, better) = atLeast ? (lo, hi) : (hi, lo);
        Measure M(double v) => atLeast ? Measure.AtLeast(limit, v) : Measure.AtMost(limit, v);
        return Scorer.RawProgress(Kr(M(worse)), Q1.End) <= Scorer.RawProgress(Kr(M(better)), Q1.End)
            && Scorer.RawProgress(Kr(M(limit)), Q1.End) == 1.0;
    }

    [OkrProperty(Runs = Runs)]
    public Property Metric_IncreaseAndDecreaseAreMirrorImages(Hundredths start, Hundredths target, Hundredths value)
    {
        return Prop.When(start != target, () =>
        {
            var up = Scorer.RawProgress(Kr(Measure.Metric(start, target, value)), Q1.End)!.Value;
            var down = Scorer.RawProgress(Kr(Measure.Metric(-start, -target, -value)), Q1.End)!.Value;
            var above = Scorer.RawProgress(Kr(Measure.AtLeast(start, value)), Q1.End)!.Value;
            var below = Scorer.RawProgress(Kr(Measure.AtMost(-start, -value)), Q1.End)!.Value;
            return Math.Abs(up - down) <= Tolerance && above == below;
        });
    }

    [OkrProperty(Runs = Runs)]
    public Property ExpectedProgress_ZeroAtStartOneAtEndMonotoneBetween_AlsoWithCheckpoints(RisingPlan plan)
    {
        // A decreasing metric 100 -> 70 with rising-progress checkpoints (values falling toward 70).
        var checkpoints = plan.Checkpoints;
        var kr = Kr(Measure.Metric(100, 70)) with { Checkpoints = checkpoints };
        if (Math.Abs(Scorer.ExpectedProgress(kr, Q1, Q1.Start)) > Tolerance) return false.Label("not 0 at the start");
        if (Math.Abs(Scorer.ExpectedProgress(kr, Q1, Q1.End) - 1) > Tolerance) return false.Label("not 1 at the end");
        var previous = Scorer.ExpectedProgress(kr, Q1, Q1.Start.AddDays(-3));
        for (var day = Q1.Start.AddDays(-2); day <= Q1.End.AddDays(3); day = day.AddDays(1))
        {
            var now = Scorer.ExpectedProgress(kr, Q1, day);
            if (now < previous - Tolerance || now < -Tolerance || now > 1 + Tolerance) return false.Label($"{now} on {day} after {previous}");
            previous = now;
        }
        // Each checkpoint is met exactly on its day.
        return checkpoints.All(c => Math.Abs(Scorer.ExpectedProgress(kr, Q1, c.Date) - (c.Value - 100) / -30.0) <= Tolerance)
            .Classify(checkpoints.Count == 0, "no checkpoint (linear)")
            .Classify(checkpoints.Count >= 2, "2+ checkpoints");
    }

    [OkrProperty(Runs = Runs)]
    public bool ExpectedProgress_LinearOverAnyPeriod(PeriodDay x)
    {
        var period = new Period { Id = "p", Start = new DateOnly(2026, 1, 1), End = new DateOnly(2026, 1, 1).AddDays(x.Length) };
        var expected = Math.Clamp((double)x.Offset / x.Length, 0, 1);
        return Math.Abs(Scorer.ExpectedProgress(period, period.Start.AddDays(x.Offset)) - expected) <= Tolerance;
    }

    [OkrProperty(Runs = Runs)]
    public Property AsOf_NeverLooksAtFutureCheckIns(CheckInHistory history, QuarterDay cut, Hundredths noise)
    {
        var checkIns = history.CheckIns;
        var asOf = cut.Date;
        var kr = Kr(Measure.Metric(0, 500), [.. checkIns]);
        // Change or drop everything after asOf: nothing seen as of asOf may change.
        var altered = kr with
        {
            CheckIns = checkIns.Where(c => c.Date <= asOf)
                .Concat(checkIns.Where(c => c.Date > asOf).Take(1).Select(c => c with { Value = noise, Confidence = null }))
                .ToArray(),
        };
        var future = checkIns.Any(c => c.Date > asOf);
        return (Scorer.ValueAsOf(kr, asOf) == Scorer.ValueAsOf(altered, asOf)
            && Scorer.RawProgress(kr, asOf) == Scorer.RawProgress(altered, asOf)
            && Scorer.ConfidenceAsOf(kr, asOf) == Scorer.ConfidenceAsOf(altered, asOf)
            && Scorer.Status(kr, Q1, asOf) == Scorer.Status(altered, Q1, asOf)
            && Scorer.Forecast(kr, Q1, asOf) == Scorer.Forecast(altered, Q1, asOf)
            && (Scorer.ValueAsOf(kr, asOf) is not { } v || checkIns.Where(c => c.Date <= asOf).MaxBy(c => c.Date)!.Value == v))
            .Classify(!future, "vacuous: no check-in after the as-of day")
            .Classify(future && checkIns.Any(c => c.Date <= asOf), "check-ins on both sides of the as-of day");
    }

    [Fact]
    public void Coverage_AsOf_MostHistoriesHaveCheckInsOnBothSidesOfTheDay()
    {
        var cases = ScoringArbitraries.CheckInHistory().Generator.Zip(ScoringArbitraries.QuarterDay().Generator);
        Coverage.AtLeast(0.4, cases.ToArbitrary(), x => x.Item1.CheckIns.Any(c => c.Date > x.Item2.Date) && x.Item1.CheckIns.Any(c => c.Date <= x.Item2.Date),
            "check-ins on both sides of the as-of day", samples: 500);
    }

    [OkrProperty(Runs = Runs)]
    public bool Forecast_OfExactlyLinearCheckIns_ReproducesTheLine(CheckInDays days, Hundredths slopeDraw, Hundredths intercept)
    {
        var slope = slopeDraw.Value % 501 / 100.0; // -5 to 5 per day
        var kr = Kr(Measure.Metric(-2000, 2000), [.. days.Offsets.Select(d => new CheckIn { Date = Q1.Start.AddDays(d), Value = intercept + slope * d })]);
        var f = Scorer.Forecast(kr, Q1, Q1.End)!;
        var end = intercept + slope * (Q1.End.DayNumber - Q1.Start.DayNumber);
        return Math.Abs(f.SlopePerDay - slope) <= Tolerance
            && Math.Abs(f.ProjectedValue - end) <= Tolerance
            && f.PointCount == days.Offsets.Count
            && Math.Abs(f.ProjectedProgress!.Value - (end + 2000) / 4000) <= Tolerance;
    }

    [OkrProperty(Runs = Runs)]
    public bool Clamp_StaysInRange_AndKeepsRawInside(Hundredths raw100, NonNegativeInt capPick)
    {
        var raw = raw100 / 100;
        var cap = (100 + capPick.Get % 201) / 100.0;
        var options = new ScoringOptions { OverAchievementCap = cap };
        var c = options.Clamp(raw);
        return c >= 0 && c <= cap && (raw < 0 || raw > cap || c == raw) && ScoringOptions.Default.Clamp(raw) <= 1;
    }
}
