using System.Diagnostics;

namespace Okr.Core.Tests.Reliability;

/// <summary>
/// The rollup's cost and concurrency contracts: contributions cost O(1) per input after one pass; a live state
/// serves readers beside its writer with consistent snapshots; a check-in dated after the state's day behaves as the
/// full rollup of the same set does. Tolerance 1e-9.
/// </summary>
public class RollupContractTests
{
    private const double Tolerance = 1e-9;
    private static readonly Period Q1 = Period.Quarter(2026, 1);
    private static readonly DateOnly Day = new(2026, 2, 15);

    [Fact]
    public void ContributionsOfEveryInputOfAWideObjective_CostLinearTimeInAll()
    {
        // 100,000 key results under one objective: re-summing the parent per call made this 10^10 additions.
        const int count = 100_000;
        var set = new OkrSet
        {
            Objectives = [new Objective { Id = "o", Title = "O" }],
            KeyResults = [.. Enumerable.Range(0, count).Select(i => new KeyResult { Id = $"k{i}", Title = "K", ObjectiveId = "o", Weight = 1 + i % 3, Measure = Measure.Metric(0, 10, i % 11) })],
        };
        var graph = set.Compile().Graph!;
        var result = graph.Rollup(Day);
        var totalWeight = Enumerable.Range(0, count).Sum(i => 1.0 + i % 3);
        var watch = Stopwatch.StartNew();
        var asked = 0;
        foreach (var node in graph.Nodes)
        {
            if (node.Kind != NodeKind.KeyResult) continue;
            var c = Assert.Single(result.GetContributions(node));
            Assert.Equal((1 + int.Parse(node.Id[1..], System.Globalization.CultureInfo.InvariantCulture) % 3) / totalWeight, c.Weight, 1e-15);
            asked++;
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), $"only {asked:N0} of {count:N0} contributions in 20 s");
        }
        Assert.Equal(count, asked);
    }

    private const int PerObjective = 2_000;

    private static OkrSet Org()
    {
        var keyResults = Enumerable.Range(0, 4 * PerObjective).Select(i => new KeyResult { Id = $"k{i}", Title = "K", ObjectiveId = $"o{i % 4}", Measure = Measure.Metric(0, 100) }).ToList();
        return new OkrSet
        {
            Periods = [Q1],
            Objectives =
            [
                new Objective { Id = "top", Title = "Top", PeriodId = Q1.Id, ProgressSource = ProgressSource.Children },
                .. Enumerable.Range(0, 4).Select(i => new Objective { Id = $"o{i}", Title = "O", PeriodId = Q1.Id }),
            ],
            KeyResults = keyResults,
            Alignments = [.. Enumerable.Range(0, 4).Select(i => new Alignment { ChildId = $"o{i}", ParentId = "top", Kind = AlignmentKind.BottomUp })],
        };
    }

    [Fact]
    public async Task ReadersBesideOneWriter_SeeConsistentSnapshotsAndNeverThrow()
    {
        var state = Org().Compile().Graph!.CreateRollupState(Day);
        var failures = new System.Collections.Concurrent.ConcurrentQueue<string>();
        using var stop = new CancellationTokenSource();
        var snapshots = 0;
        var readers = Enumerable.Range(0, 2).Select(r => Task.Run(() =>
        {
            var i = r;
            while (!stop.IsCancellationRequested)
            {
                try
                {
                    var set = state.ToSet();
                    var snapshot = state.ToResult();
                    // In a snapshot every objective is the mean of its measured inputs: nothing is half-applied.
                    i = (i + 1) % 4;
                    {
                        var inputs = Enumerable.Range(0, PerObjective).Select(k => snapshot[$"k{i + 4 * k}"].Progress).OfType<double>().ToList();
                        var o = snapshot[$"o{i}"].Progress;
                        if (inputs.Count == 0 ? o is not null : o is not { } v || Math.Abs(v - inputs.Average()) > Tolerance)
                            failures.Enqueue($"o{i} is {o} over {string.Join(", ", inputs)}");
                    }
                    _ = state["top"];
                    _ = state.GetKeyResult(state.Graph["k0"]);
                    if (set.KeyResults.Count != 4 * PerObjective) failures.Enqueue("ToSet lost key results");
                    Interlocked.Increment(ref snapshots);
                }
                catch (Exception e)
                {
                    failures.Enqueue(e.GetType().Name + ": " + e.Message);
                }
            }
        })).ToArray();
        // Each key result's first check-in adds it to the state's changed set while the readers copy that set.
        for (var day = 0; day < 6; day++)
        {
            for (var k = 0; k < 4 * PerObjective; k++)
                state.ApplyCheckIn($"k{k}", new CheckIn { Date = Q1.Start.AddDays(day), Value = (day * 7 + k * 13) % 101 });
        }
        while (Volatile.Read(ref snapshots) < 20) await Task.Delay(1);
        await stop.CancelAsync();
        await Task.WhenAll(readers);
        Assert.Empty(failures);
        Assert.Equal(6 * 4 * PerObjective, state.AppliedCheckIns);
        var full = state.ToSet().Compile().Graph!.Rollup(Day);
        Assert.Equal(full["top"].Progress!.Value, state["top"].Progress!.Value, Tolerance);
    }

    [Fact]
    public void CheckInAfterTheStatesDay_OnAKeyResultWithACurrentValue_ActsAsTheFullRollupDoes()
    {
        // k has current 40 of 0 -> 100 and no check-ins. A check-in on 1 March, after the state's day (15 Feb),
        // replaces the current value (check-ins win over it, OKR0206) but has no value yet on 15 Feb: not measured.
        var set = new OkrSet
        {
            Periods = [Q1],
            Objectives = [new Objective { Id = "o", Title = "O", PeriodId = Q1.Id }],
            KeyResults =
            [
                new KeyResult { Id = "k", Title = "K", ObjectiveId = "o", Measure = Measure.Metric(0, 100, 40) },
                new KeyResult { Id = "j", Title = "J", ObjectiveId = "o", Measure = Measure.Metric(0, 100), CheckIns = [new CheckIn { Date = new DateOnly(2026, 2, 1), Value = 60 }] },
            ],
        };
        var state = set.Compile().Graph!.CreateRollupState(Day);
        Assert.Equal(0.5, state["o"].Progress!.Value, Tolerance);
        state.ApplyCheckIn("k", new CheckIn { Date = new DateOnly(2026, 3, 1), Value = 90 });
        Assert.Null(state["k"].Progress);
        Assert.Equal(0.6, state["o"].Progress!.Value, Tolerance);
        var full = state.ToSet().Compile().Graph!.Rollup(Day);
        Assert.Null(full["k"].Progress);
        Assert.Equal(0.6, full["o"].Progress!.Value, Tolerance);

        // A key result that already has check-ins: a later-dated one changes no value.
        state.ApplyCheckIn("j", new CheckIn { Date = new DateOnly(2026, 3, 2), Value = 0 });
        Assert.Equal(0.6, state["j"].Progress!.Value, Tolerance);
        Assert.Equal(0.6, state["o"].Progress!.Value, Tolerance);
    }
}
