using BenchmarkDotNet.Attributes;
using Okr.Core.Tests.Support;

namespace Okr.Core.Benchmarks;

/// <summary>
/// Full rollup against the hand-written floor (the baseline: every figure is a ratio to it). Both start from key
/// results already scored as of the day; "from model" also scores every key result from its check-ins.
/// </summary>
[MemoryDiagnoser]
public class RollupBenchmarks
{
    private OkrGraph _graph = null!;
    private Floor _floor = null!;
    private double[] _progress = null!;
    private RollupState _state = null!;

    [ParamsSource(nameof(Sizes))]
    public int Objectives { get; set; }

    public static IEnumerable<int> Sizes() => Orgs.Sizes();

    [GlobalSetup]
    public void Setup()
    {
        _graph = Orgs.Graph(Objectives);
        _floor = new Floor(_graph, SyntheticOrg.AsOf, ScoringOptions.Default);
        _progress = new double[_graph.NodeCount];
        _state = RollupEngine.CreateRollupState(_graph, SyntheticOrg.AsOf);
    }

    /// <summary>The floor: a weighted-mean loop over renumbered arrays.</summary>
    [Benchmark(Baseline = true)]
    public double Floor()
    {
        _floor.Run(_progress);
        return _progress[^1];
    }

    /// <summary>Okr.Core's full pass over objectives and derived key results, from scored key results.</summary>
    [Benchmark]
    public double? FullRollup()
    {
        _state.Recompute();
        return _state.Core.ProgressOf(0);
    }

    /// <summary>Scoring every key result from the model and its check-ins, then the full pass.</summary>
    [Benchmark]
    public double? FullRollupFromModel() => _graph.Rollup(SyntheticOrg.AsOf).Core.ProgressOf(0);
}

/// <summary>
/// Incremental updates: one check-in, and a batch of 1,000, each on a key result whose value it changes, on a
/// fresh state per iteration (so no key result is checked in twice on one day).
/// </summary>
[MemoryDiagnoser]
public class CheckInBenchmarks
{
    private const int PerIteration = 5_000;
    private OkrGraph _graph = null!;
    private KeyResultCheckIn[] _checkIns = null!;
    private RollupState _state = null!;
    private int _next;

    [ParamsSource(nameof(Sizes))]
    public int Objectives { get; set; }

    public static IEnumerable<int> Sizes() => Orgs.Sizes();

    [GlobalSetup]
    public void Setup()
    {
        _graph = Orgs.Graph(Objectives);
        // Measured metric key results, in a seeded random order, each checked in at its target on the as-of day.
        var random = new Random(7);
        _checkIns = [.. _graph.Set.KeyResults
            .Where(k => !k.Derived && k.Measure is MetricMeasure && k.CheckIns.Count > 0 && k.CheckIns.All(c => c.Date != SyntheticOrg.AsOf))
            .OrderBy(_ => random.Next())
            .Take(PerIteration)
            .Select(k => new KeyResultCheckIn(k.Id, new CheckIn { Date = SyntheticOrg.AsOf, Value = ((MetricMeasure)k.Measure).Target }))];
        if (_checkIns.Length < PerIteration)
            throw new InvalidOperationException($"An org of {Objectives} objectives has only {_checkIns.Length} key results to check in; use 10,000 objectives or more.");
    }

    [IterationSetup]
    public void FreshState()
    {
        _state = null!;
        // Collect the previous iteration's state here, in setup: at a million objectives it is tens of megabytes on
        // the large-object heap, and a full collection inside the measured iteration would be charged to check-ins.
        GC.Collect();
        GC.WaitForPendingFinalizers();
        _state = RollupEngine.CreateRollupState(_graph, SyntheticOrg.AsOf);
        _state.ApplyCheckIns([]); // allocates the state's work arrays up front, as any live state would have
        GC.Collect();
        _next = 0;
    }

    /// <summary>One check-in and the recompute of the ancestors it affects.</summary>
    [Benchmark]
    [InvocationCount(PerIteration)]
    public void OneCheckIn()
    {
        var c = _checkIns[_next++];
        _state.ApplyCheckIn(c.KeyResultId, c.CheckIn);
    }

    /// <summary>1,000 check-ins applied as one batch: each affected ancestor recomputed once.</summary>
    [Benchmark(OperationsPerInvoke = 1000)]
    [InvocationCount(PerIteration / 1000)]
    public void BatchOf1000()
    {
        var start = _next;
        _next += 1000;
        _state.ApplyCheckIns(new ArraySegment<KeyResultCheckIn>(_checkIns, start, 1000));
    }
}
