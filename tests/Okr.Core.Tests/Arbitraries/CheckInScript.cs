using System.Globalization;
using FsCheck;
using FsCheck.Fluent;

namespace Okr.Core.Tests.Arbitraries;

/// <summary>One scripted check-in: which key result (modulo the candidates), which day of the quarter, what value.</summary>
public sealed record ScriptedCheckIn(int KeyResultPick, int Day, int Value)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"#{KeyResultPick} day {Day} = {Value}");
}

/// <summary>Batches of check-ins applied one batch at a time to a live rollup state.</summary>
public sealed record CheckInScript(IReadOnlyList<IReadOnlyList<ScriptedCheckIn>> Batches)
{
    public override string ToString() => "Check-ins: " + string.Join(" | ", Batches.Select(b => string.Join(", ", b)));

    /// <summary>1 to 8 batches of 1 to 3 check-ins; shrinks by dropping batches and check-ins, then toward day 0 and value 0.</summary>
    public static Arbitrary<CheckInScript> Arbitrary()
    {
        var one = from pick in Gen.Choose(0, 1_000) from day in Gen.Choose(0, 79) from value in Gen.Choose(-50, 249) select new ScriptedCheckIn(pick, day, value);
        var gen = from batches in Gen.Choose(1, 8)
                  from script in Gen.Choose(1, 3).SelectMany(size => one.ListOf(size)).ListOf(batches)
                  select new CheckInScript([.. script.Select(b => (IReadOnlyList<ScriptedCheckIn>)[.. b])]);
        return Arb.From(gen, Shrink);
    }

    private static IEnumerable<CheckInScript> Shrink(CheckInScript script)
    {
        var batches = script.Batches;
        for (var i = batches.Count - 1; i >= 0 && batches.Count > 1; i--)
            yield return new CheckInScript([.. batches.Where((_, j) => j != i)]);
        for (var i = 0; i < batches.Count; i++)
        {
            for (var k = batches[i].Count - 1; k >= 0 && batches[i].Count > 1; k--)
                yield return With(script, i, [.. batches[i].Where((_, j) => j != k)]);
            for (var k = 0; k < batches[i].Count; k++)
            {
                var c = batches[i][k];
                if (c.Value != 0) yield return With(script, i, [.. batches[i].Select((x, j) => j == k ? x with { Value = 0 } : x)]);
                if (c.Day != 0) yield return With(script, i, [.. batches[i].Select((x, j) => j == k ? x with { Day = 0 } : x)]);
                if (c.KeyResultPick != 0) yield return With(script, i, [.. batches[i].Select((x, j) => j == k ? x with { KeyResultPick = 0 } : x)]);
            }
        }
    }

    private static CheckInScript With(CheckInScript script, int index, IReadOnlyList<ScriptedCheckIn> batch) =>
        new([.. script.Batches.Select((b, i) => i == index ? batch : b)]);
}
