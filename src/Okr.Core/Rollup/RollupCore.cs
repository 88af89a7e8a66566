using System.Globalization;
using Okr.Core.Diagnostics;
using Okr.Core.Graph;
using Okr.Core.Scoring;

namespace Okr.Core.Rollup;

/// <summary>
/// The rollup machinery shared by <see cref="RollupResult"/> and <see cref="RollupState"/>: per-node arrays in the
/// graph's topological order and the engine (the full pass, and the incremental pass check-ins start). The plan it
/// runs (<c>RollupCore.Plan.cs</c>), check-ins (<c>RollupCore.CheckIns.cs</c>) and the queries
/// (<c>RollupCore.Queries.cs</c>) are in their own files. Not thread-safe while mutating.
/// </summary>
internal sealed partial class RollupCore
{
    private readonly OkrGraph _graph;
    private readonly Dictionary<int, KeyResult> _changed = []; // key results with check-ins applied since compile
    private RollupInput[] _buffer = new RollupInput[16];
    private int[] _heap = [];
    private int _heapCount;
    private bool[]? _queued;

    public readonly double[] Progress;             // clamped; NaN = not measured
    private readonly byte[] _provenance;          // Provenance as a byte: 1 byte per node, not 4

    public OkrGraph Graph => _graph;

    public DateOnly AsOf { get; }

    public RollupOptions Options { get; }

    private RollupCore(RollupCore other)
    {
        _graph = other._graph;
        _mode = other._mode;
        _strategyOf = other._strategyOf;
        _strategies = other._strategies;
        _targetWeights = other._targetWeights;
        _changed = new Dictionary<int, KeyResult>(other._changed);
        AsOf = other.AsOf;
        Options = other.Options;
        Progress = (double[])other.Progress.Clone();
        _provenance = (byte[])other._provenance.Clone();
    }

    /// <exception cref="OkrValidationException">An objective names a strategy that is neither built in nor registered.</exception>
    public RollupCore(OkrGraph graph, DateOnly asOf, RollupOptions options)
    {
        _graph = graph;
        AsOf = asOf;
        Options = options;
        (_mode, _strategyOf, _strategies, _targetWeights) = Plan(graph, options);
        Progress = new double[graph.NodeCount];
        _provenance = new byte[graph.NodeCount];
    }

    public RollupCore Clone() => new(this);

    /// <summary>The key result at <paramref name="index"/> as it stands, with the check-ins applied since compile.</summary>
    public KeyResult KeyResultAt(int index) => _changed.TryGetValue(index, out var changed) ? changed : _graph.GetKeyResult(index);

    /// <summary>The key results changed by applied check-ins, by index.</summary>
    public IReadOnlyDictionary<int, KeyResult> ChangedKeyResults => _changed;

    // ---- The full pass ----------------------------------------------------------------------------------------

    /// <summary>
    /// Scores every leaf key result from the model and computes everything else, in topological order, checking
    /// <paramref name="work"/> every <see cref="OkrWork.Interval"/> nodes.
    /// </summary>
    public void ComputeAll(OkrWork? work = null)
    {
        work ??= OkrWork.None;
        work.Phase(0, 1);
        var scoring = Options.Scoring;
        for (var v = 0; v < Progress.Length; v++)
        {
            work.Tick(v, Progress.Length);
            if (_mode[v] == Leaf) SetLeaf(v, Scorer.MeasuredProgress(KeyResultAt(v), AsOf, scoring));
            else Evaluate(v);
        }
    }

    /// <summary>Recomputes every objective and derived key result from the leaves already scored.</summary>
    public void RecomputeFromLeaves()
    {
        for (var v = 0; v < Progress.Length; v++)
        {
            if (_mode[v] != Leaf) Evaluate(v);
        }
    }

    private void SetLeaf(int v, double progress)
    {
        Progress[v] = progress;
        _provenance[v] = (byte)(double.IsNaN(progress) ? Provenance.NotMeasured : Provenance.Measured);
    }

    /// <summary>Computes node <paramref name="v"/> (an objective or a derived key result) from its inputs.</summary>
    private void Evaluate(int v)
    {
        var mode = _mode[v];
        if (mode == ManualMode)
        {
            Progress[v] = Options.Scoring.Clamp(_graph.GetObjective(v).ManualProgress!.Value);
            _provenance[v] = (byte)Provenance.Manual;
            return;
        }
        // The inputs of v, sliced once: input i is child sources[i], with kind kinds[i] and weight weights[i].
        var (start, end) = _graph.InputRange(v);
        var sources = _graph.ChildIndices(v);
        var kinds = _graph.InputKinds(v);
        var weights = Weights[start..end];
        var progress = Progress;
        var strategy = _strategies[_strategyOf[v]];
        double result;
        if (ReferenceEquals(strategy, RollupStrategies.WeightedMean) || ReferenceEquals(strategy, RollupStrategies.Sum))
        {
            // The common case, inline: no buffer, no interface call.
            double sum = 0, total = 0;
            for (var i = 0; i < sources.Length; i++)
            {
                var w = weights[i];
                if (!(w > 0) || (mode & (kinds[i] <= (byte)EdgeKind.LinkedKeyResult ? FromKeyResults : FromObjectives)) == 0) continue;
                var x = progress[sources[i]];
                if (double.IsNaN(x)) continue;
                sum += w * x;
                total += w;
            }
            result = total > 0 ? sum / total : double.NaN;
            if (total > 0 && !(total <= double.MaxValue && total >= MinPlainTotal && double.IsFinite(sum))) result = ScaledWeightedMean(mode, sources, kinds, weights);
        }
        else
        {
            var count = 0;
            for (var i = 0; i < sources.Length; i++)
            {
                var w = weights[i];
                if (!(w > 0) || (mode & (kinds[i] <= (byte)EdgeKind.LinkedKeyResult ? FromKeyResults : FromObjectives)) == 0) continue;
                var x = progress[sources[i]];
                if (double.IsNaN(x)) continue;
                if (count == _buffer.Length) Array.Resize(ref _buffer, count * 2);
                _buffer[count++] = new RollupInput(x, w);
            }
            if (count == 0) result = double.NaN;
            else
            {
                result = strategy.Combine(_buffer.AsSpan(0, count));
                if (!double.IsFinite(result))
                {
                    throw new OkrValidationException("The rollup", [new Diagnostic(DiagnosticCodes.StrategyResultNotFinite, DiagnosticSeverity.Error,
                        $"Rollup strategy '{strategy.Name}' returned {result.ToString(CultureInfo.InvariantCulture)} for '{_graph.IdAt(v)}'; a strategy must return a finite progress.", _graph.IdAt(v))]);
                }
            }
        }
        Progress[v] = Options.Scoring.Clamp(result);
        _provenance[v] = (byte)(double.IsNaN(result) ? Provenance.NotMeasured : Provenance.Derived);
    }

    // Below this total weight, products of weights and progress lose precision as subnormals; above double.MaxValue
    // the sums overflow. Either way the mean is taken again with the weights scaled by their largest.
    internal const double MinPlainTotal = 1e-280;

    /// <summary>The weighted mean of v's counted, measured inputs, with every weight divided by the largest first.</summary>
    private double ScaledWeightedMean(byte mode, ReadOnlySpan<int> sources, ReadOnlySpan<byte> kinds, ReadOnlySpan<double> weights)
    {
        var largest = 0.0;
        for (var i = 0; i < sources.Length; i++)
        {
            if (weights[i] > largest && (mode & (kinds[i] <= (byte)EdgeKind.LinkedKeyResult ? FromKeyResults : FromObjectives)) != 0 && !double.IsNaN(Progress[sources[i]]))
                largest = weights[i];
        }
        double sum = 0, total = 0;
        for (var i = 0; i < sources.Length; i++)
        {
            var w = weights[i];
            if (!(w > 0) || (mode & (kinds[i] <= (byte)EdgeKind.LinkedKeyResult ? FromKeyResults : FromObjectives)) == 0) continue;
            var x = Progress[sources[i]];
            if (double.IsNaN(x)) continue;
            w /= largest;
            sum += w * x;
            total += w;
        }
        return sum / total;
    }

    // ---- The incremental pass ---------------------------------------------------------------------------------

    /// <summary>Recomputes the queued nodes lowest index first, queueing the parents of each that changes.</summary>
    private void Propagate()
    {
        while (_heapCount > 0)
        {
            var v = Pop();
            _queued![v] = false;
            var old = Progress[v];
            var oldProvenance = _provenance[v];
            Evaluate(v);
            if (!SameValue(old, Progress[v]) || oldProvenance != _provenance[v]) PushParents(v);
        }
    }

    private static bool SameValue(double a, double b) => a == b || (double.IsNaN(a) && double.IsNaN(b));

    private void PushParents(int v)
    {
        foreach (var parent in _graph.ParentIndices(v))
        {
            if (_mode[parent] == Leaf || _mode[parent] == ManualMode || _queued![parent]) continue;
            _queued[parent] = true;
            Push(parent);
        }
    }

    // A binary min-heap of node indices: parents always have higher indices than their inputs, so popping the
    // lowest index first evaluates every node after all of its changed inputs.
    private void Push(int v)
    {
        if (_heapCount == _heap.Length) Array.Resize(ref _heap, Math.Max(16, _heap.Length * 2));
        var i = _heapCount++;
        while (i > 0)
        {
            var parent = (i - 1) >> 1;
            if (_heap[parent] <= v) break;
            _heap[i] = _heap[parent];
            i = parent;
        }
        _heap[i] = v;
    }

    private int Pop()
    {
        var top = _heap[0];
        var last = _heap[--_heapCount];
        var i = 0;
        while (true)
        {
            var child = 2 * i + 1;
            if (child >= _heapCount) break;
            if (child + 1 < _heapCount && _heap[child + 1] < _heap[child]) child++;
            if (_heap[child] >= last) break;
            _heap[i] = _heap[child];
            i = child;
        }
        if (_heapCount > 0) _heap[i] = last;
        return top;
    }
}
