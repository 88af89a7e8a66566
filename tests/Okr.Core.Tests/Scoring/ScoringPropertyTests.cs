using FsCheck;
using FsCheck.Fluent;
using static Okr.Core.Tests.Support.ScoringFixtures;

namespace Okr.Core.Tests.Scoring;

/// <summary>The scoring invariants of the design contract, as FsCheck properties.</summary>
public class ScoringPropertyTests
{
    private static readonly Config Runs = Config.QuickThrowOnFailure.WithMaxTest(300);

    /// <summary>Numbers on a 0.01 grid in [-1000, 1000]: exact enough to compare, varied enough to matter.</summary>
    private static readonly Gen<double> Number = Gen.Choose(-100_000, 100_000).Select(static i => i / 100.0);

    private static readonly Gen<int> DayOfQuarter = Gen.Choose(0, Q1.End.DayNumber - Q1.Start.DayNumber);

    private static DateOnly QuarterDay(int offset) => Q1.Start.AddDays(offset);

    [Fact]
    public void Metric_ProgressIsMonotoneInTheValueTowardTheTarget()
    {
        var gen = from start in Number
                  from target in Number.Where(t => t != start)
                  from a in Number
                  from b in Number
                  select (start, target, a, b);
        Check.One(Runs, Prop.ForAll(gen.ToArbitrary(), x =>
        {
            // Order a and b so that "toward" is the direction from start to target.
            var (nearer, further) = (x.target > x.start) == (x.a <= x.b) ? (x.a, x.b) : (x.b, x.a);
            var day = Q1.End;
            var pNear = Scorer.RawProgress(Kr(Measure.Metric(x.start, x.target, nearer)), day)!.Value;
            var pFar = Scorer.RawProgress(Kr(Measure.Metric(x.start, x.target, further)), day)!.Value;
            return pNear <= pFar + Tolerance
                && Scorer.Progress(Kr(Measure.Metric(x.start, x.target, nearer)), day) <= Scorer.Progress(Kr(Measure.Metric(x.start, x.target, further)), day) + Tolerance;
        }));
    }

    [Fact]
    public void Threshold_ProgressIsMonotoneInTheValueTowardTheAcceptableSide()
    {
        var gen = from limit in Number from a in Number from b in Number from atLeast in Gen.Elements(true, false) select (limit, a, b, atLeast);
        Check.One(Runs, Prop.ForAll(gen.ToArbitrary(), x =>
        {
            var (lo, hi) = x.a <= x.b ? (x.a, x.b) : (x.b, x.a);
            var (worse, better) = x.atLeast ? (lo, hi) : (hi, lo);
            Measure M(double v) => x.atLeast ? Measure.AtLeast(x.limit, v) : Measure.AtMost(x.limit, v);
            return Scorer.RawProgress(Kr(M(worse)), Q1.End) <= Scorer.RawProgress(Kr(M(better)), Q1.End)
                && Scorer.RawProgress(Kr(M(x.limit)), Q1.End) == 1.0;
        }));
    }

    [Fact]
    public void Metric_IncreaseAndDecreaseAreMirrorImages()
    {
        var gen = from start in Number from target in Number.Where(t => t != start) from value in Number select (start, target, value);
        Check.One(Runs, Prop.ForAll(gen.ToArbitrary(), x =>
        {
            var up = Scorer.RawProgress(Kr(Measure.Metric(x.start, x.target, x.value)), Q1.End)!.Value;
            var down = Scorer.RawProgress(Kr(Measure.Metric(-x.start, -x.target, -x.value)), Q1.End)!.Value;
            var above = Scorer.RawProgress(Kr(Measure.AtLeast(x.start, x.value)), Q1.End)!.Value;
            var below = Scorer.RawProgress(Kr(Measure.AtMost(-x.start, -x.value)), Q1.End)!.Value;
            return Math.Abs(up - down) <= Tolerance && above == below;
        }));
    }

    /// <summary>Checkpoints strictly inside the quarter, values rising from start to target (a sensible phased plan).</summary>
    private static readonly Gen<Checkpoint[]> RisingCheckpoints =
        from count in Gen.Choose(0, 6)
        from days in Gen.Choose(1, Q1.End.DayNumber - Q1.Start.DayNumber - 1).ArrayOf(count)
        from fractions in Gen.Choose(0, 1000).ArrayOf(count)
        select days.Distinct().Order().Zip(fractions.Order(), (d, f) => new Checkpoint { Date = QuarterDay(d), Value = 100 - f * 0.03 }).ToArray();

    [Fact]
    public void ExpectedProgress_ZeroAtStartOneAtEndMonotoneBetween_AlsoWithCheckpoints()
    {
        // A decreasing metric 100 -> 70 with rising-progress checkpoints (values falling toward 70).
        Check.One(Runs, Prop.ForAll(RisingCheckpoints.ToArbitrary(), checkpoints =>
        {
            var kr = Kr(Measure.Metric(100, 70)) with { Checkpoints = checkpoints };
            if (Math.Abs(Scorer.ExpectedProgress(kr, Q1, Q1.Start)) > Tolerance) return false;
            if (Math.Abs(Scorer.ExpectedProgress(kr, Q1, Q1.End) - 1) > Tolerance) return false;
            var previous = Scorer.ExpectedProgress(kr, Q1, Q1.Start.AddDays(-3));
            for (var day = Q1.Start.AddDays(-2); day <= Q1.End.AddDays(3); day = day.AddDays(1))
            {
                var now = Scorer.ExpectedProgress(kr, Q1, day);
                if (now < previous - Tolerance || now < -Tolerance || now > 1 + Tolerance) return false;
                previous = now;
            }
            // Each checkpoint is met exactly on its day.
            return checkpoints.All(c => Math.Abs(Scorer.ExpectedProgress(kr, Q1, c.Date) - (c.Value - 100) / -30.0) <= Tolerance);
        }));
    }

    [Fact]
    public void ExpectedProgress_LinearOverAnyPeriod()
    {
        var gen = from length in Gen.Choose(1, 800) from offset in Gen.Choose(-10, 810) select (length, offset);
        Check.One(Runs, Prop.ForAll(gen.ToArbitrary(), x =>
        {
            var period = new Period { Id = "p", Start = new DateOnly(2026, 1, 1), End = new DateOnly(2026, 1, 1).AddDays(x.length) };
            var expected = Math.Clamp((double)x.offset / x.length, 0, 1);
            return Math.Abs(Scorer.ExpectedProgress(period, period.Start.AddDays(x.offset)) - expected) <= Tolerance;
        }));
    }

    /// <summary>Check-ins on distinct days of the quarter with values on a grid.</summary>
    private static readonly Gen<CheckIn[]> CheckIns =
        from count in Gen.Choose(0, 12)
        from days in DayOfQuarter.ArrayOf(count)
        from values in Number.ArrayOf(count)
        from scores in Gen.Choose(0, 100).ArrayOf(count)
        select days.Distinct().Select((d, i) => new CheckIn { Date = QuarterDay(d), Value = values[i], Confidence = Confidence.FromScore(scores[i] / 100.0) }).ToArray();

    [Fact]
    public void AsOf_NeverLooksAtFutureCheckIns()
    {
        var gen = from checkIns in CheckIns from cut in DayOfQuarter from noise in Number select (checkIns, cut, noise);
        Check.One(Runs, Prop.ForAll(gen.ToArbitrary(), x =>
        {
            var asOf = QuarterDay(x.cut);
            var kr = Kr(Measure.Metric(0, 500), x.checkIns);
            // Change or drop everything after asOf: nothing seen as of asOf may change.
            var altered = kr with
            {
                CheckIns = x.checkIns.Where(c => c.Date <= asOf)
                    .Concat(x.checkIns.Where(c => c.Date > asOf).Take(1).Select(c => c with { Value = x.noise, Confidence = null }))
                    .ToArray(),
            };
            return Scorer.ValueAsOf(kr, asOf) == Scorer.ValueAsOf(altered, asOf)
                && Scorer.RawProgress(kr, asOf) == Scorer.RawProgress(altered, asOf)
                && Scorer.ConfidenceAsOf(kr, asOf) == Scorer.ConfidenceAsOf(altered, asOf)
                && Scorer.Status(kr, Q1, asOf) == Scorer.Status(altered, Q1, asOf)
                && Scorer.Forecast(kr, Q1, asOf) == Scorer.Forecast(altered, Q1, asOf)
                && (Scorer.ValueAsOf(kr, asOf) is not { } v || x.checkIns.Where(c => c.Date <= asOf).MaxBy(c => c.Date)!.Value == v);
        }));
    }

    [Fact]
    public void Forecast_OfExactlyLinearCheckIns_ReproducesTheLine()
    {
        var gen = from days in DayOfQuarter.ArrayOf(12)
                  from slope in Gen.Choose(-500, 500).Select(static s => s / 100.0)
                  from intercept in Number
                  select (days: days.Distinct().ToArray(), slope, intercept);
        Check.One(Runs, Prop.ForAll(gen.Where(x => x.days.Length >= 2).ToArbitrary(), x =>
        {
            var kr = Kr(Measure.Metric(-2000, 2000), x.days.Select(d => new CheckIn { Date = QuarterDay(d), Value = x.intercept + x.slope * d }).ToArray());
            var f = Scorer.Forecast(kr, Q1, Q1.End)!;
            var end = x.intercept + x.slope * (Q1.End.DayNumber - Q1.Start.DayNumber);
            return Math.Abs(f.SlopePerDay - x.slope) <= Tolerance
                && Math.Abs(f.ProjectedValue - end) <= Tolerance
                && f.PointCount == x.days.Length
                && Math.Abs(f.ProjectedProgress!.Value - (end + 2000) / 4000) <= Tolerance;
        }));
    }

    [Fact]
    public void Clamp_StaysInRange_AndKeepsRawInside()
    {
        var gen = from raw in Number from cap in Gen.Choose(100, 300).Select(static c => c / 100.0) select (raw: raw / 100, cap);
        Check.One(Runs, Prop.ForAll(gen.ToArbitrary(), x =>
        {
            var options = new ScoringOptions { OverAchievementCap = x.cap };
            var c = options.Clamp(x.raw);
            return c >= 0 && c <= x.cap && (x.raw < 0 || x.raw > x.cap || c == x.raw) && ScoringOptions.Default.Clamp(x.raw) <= 1;
        }));
    }
}
