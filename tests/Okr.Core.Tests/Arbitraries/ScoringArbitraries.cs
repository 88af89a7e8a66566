using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using static Okr.Core.Tests.Support.ScoringFixtures;

namespace Okr.Core.Tests.Arbitraries;

/// <summary>A number on a 0.01 grid in [-1000, 1000]: exact enough to compare, varied enough to matter. Shrinks toward 0.</summary>
public readonly record struct Hundredths(int Value)
{
    public double Number => Value / 100.0;

    public static implicit operator double(Hundredths h) => h.Number;

    public override string ToString() => Number.ToString("0.##", CultureInfo.InvariantCulture);
}

/// <summary>A day of Q1 2026 as an offset from 1 January (0 to 89). Shrinks toward the first day.</summary>
public readonly record struct QuarterDay(int Offset)
{
    public DateOnly Date => Q1.Start.AddDays(Offset);

    public override string ToString() => Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>A phased plan for a metric 100 -> 70: checkpoints strictly inside Q1 on distinct days, values falling toward 70.</summary>
public sealed record RisingPlan(IReadOnlyList<Checkpoint> Checkpoints)
{
    public override string ToString() => "Checkpoints: " + string.Join(", ", Checkpoints.Select(c => c.Date.ToString("MM-dd", CultureInfo.InvariantCulture) + "=" + c.Value.ToString("0.##", CultureInfo.InvariantCulture)));
}

/// <summary>Check-ins on distinct days of Q1 with values on the 0.01 grid and optional confidence scores.</summary>
public sealed record CheckInHistory(IReadOnlyList<CheckIn> CheckIns)
{
    public override string ToString() => "Check-ins: " + string.Join(", ", CheckIns.Select(c =>
        c.Date.ToString("MM-dd", CultureInfo.InvariantCulture) + "=" + c.Value.ToString("0.##", CultureInfo.InvariantCulture)
        + (c.Confidence?.Score is { } s ? " (" + s.ToString("0.##", CultureInfo.InvariantCulture) + ")" : "")));
}

/// <summary>At least two distinct days of Q1 (offsets) for check-ins on a line.</summary>
public sealed record CheckInDays(IReadOnlyList<int> Offsets)
{
    public override string ToString() => "Days " + string.Join(", ", Offsets);
}

/// <summary>A period of 1 to 800 days and a day offset from 10 before its start to 10 after an 800-day period.</summary>
public sealed record PeriodDay(int Length, int Offset)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"Period of {Length} days, day {Offset}");
}

/// <summary>
/// FsCheck arbitraries for the scoring properties, composed from <see cref="Gen"/>; each shrinks toward small,
/// round values and short lists. Register with <c>Arbitrary = new[] { typeof(ScoringArbitraries) }</c>.
/// </summary>
public static class ScoringArbitraries
{
    private static readonly int QuarterDays = Q1.End.DayNumber - Q1.Start.DayNumber;

    private static IEnumerable<int> ShrinkInt(int value) => ArbMap.Default.ArbFor<int>().Shrinker(value);

    public static Arbitrary<Hundredths> Hundredths() =>
        Arb.From(Gen.Choose(-100_000, 100_000).Select(v => new Hundredths(v)), h => ShrinkInt(h.Value).Select(v => new Hundredths(v)));

    public static Arbitrary<QuarterDay> QuarterDay() =>
        Arb.From(Gen.Choose(0, QuarterDays).Select(d => new QuarterDay(d)), d => ShrinkInt(d.Offset).Where(v => v >= 0).Select(v => new QuarterDay(v)));

    public static Arbitrary<RisingPlan> RisingPlan()
    {
        var gen = from count in Gen.Choose(0, 6)
                  from days in Gen.Choose(1, QuarterDays - 1).ArrayOf(count)
                  from fractions in Gen.Choose(0, 1000).ArrayOf(count)
                  select Plan(days, fractions);
        return Arb.From(gen, plan => Enumerable.Range(0, plan.Checkpoints.Count).Reverse()
            .Select(i => new RisingPlan([.. plan.Checkpoints.Where((_, j) => j != i)])));
    }

    private static RisingPlan Plan(int[] days, int[] fractions) =>
        new([.. days.Distinct().Order().Zip(fractions.Order(), (d, f) => new Checkpoint { Date = Q1.Start.AddDays(d), Value = 100 - f * 0.03 })]);

    public static Arbitrary<CheckInHistory> CheckInHistory()
    {
        var gen = from count in Gen.Choose(0, 12)
                  from days in Gen.Choose(0, QuarterDays).ArrayOf(count)
                  from values in Gen.Choose(-100_000, 100_000).ArrayOf(count)
                  from scores in Gen.Choose(0, 100).ArrayOf(count)
                  select new CheckInHistory([.. days.Distinct().Select((d, i) => new CheckIn
                  {
                      Date = Q1.Start.AddDays(d),
                      Value = values[i] / 100.0,
                      Confidence = Confidence.FromScore(scores[i] / 100.0),
                  })]);
        return Arb.From(gen, ShrinkHistory);
    }

    private static IEnumerable<CheckInHistory> ShrinkHistory(CheckInHistory history)
    {
        var list = history.CheckIns;
        for (var i = list.Count - 1; i >= 0; i--) yield return new([.. list.Where((_, j) => j != i)]);
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i].Value != 0) yield return new([.. list.Select((c, j) => j == i ? c with { Value = 0 } : c)]);
            if (list[i].Confidence is not null) yield return new([.. list.Select((c, j) => j == i ? c with { Confidence = null } : c)]);
        }
    }

    public static Arbitrary<CheckInDays> CheckInDays()
    {
        var gen = Gen.Choose(0, QuarterDays).ArrayOf(12).Select(d => d.Distinct().ToArray()).Where(d => d.Length >= 2).Select(d => new CheckInDays(d));
        return Arb.From(gen, days => Enumerable.Range(0, days.Offsets.Count).Reverse().Where(_ => days.Offsets.Count > 2)
            .Select(i => new CheckInDays([.. days.Offsets.Where((_, j) => j != i)])));
    }

    public static Arbitrary<PeriodDay> PeriodDay()
    {
        var gen = from length in Gen.Choose(1, 800) from offset in Gen.Choose(-10, 810) select new PeriodDay(length, offset);
        return Arb.From(gen, p => ShrinkInt(p.Length).Where(l => l >= 1).Select(l => p with { Length = l })
            .Concat(ShrinkInt(p.Offset).Select(o => p with { Offset = o })));
    }
}
