using System.Globalization;
using Okr.Core.Internal;
using Okr.Core;
using Okr.Core.Diagnostics;
using Okr.Core.Graph;
using Okr.Core.Scoring;
using Okr.Core.Health;
using Okr.Core.Serialization;
using Okr.Core.Results;

namespace Okr.Core.Rollup;

/// <summary>
/// The rollup machinery shared by <see cref="RollupResult"/> and <see cref="RollupState"/>: per-node arrays in the
/// graph's topological order, the full pass, the incremental pass and the queries. Not thread-safe while mutating.
/// </summary>
internal sealed class RollupCore
{
    // Node modes. Leaf key results are scored from their measure; everything else is computed from inputs.
    internal const byte Leaf = 0;
    internal const byte FromKeyResults = 1;   // key-result and linked key-result edges count
    internal const byte FromObjectives = 2;   // alignment edges count
    internal const byte ManualMode = 4;

    private readonly OkrGraph _graph;
    private readonly byte[] _mode;
    private readonly byte[] _strategyOf;           // index into _strategies, per node
    private readonly IRollupStrategy[] _strategies;
    private readonly double[] _weights;            // effective edge weights (the graph's, or scaled by target size)
    private readonly Dictionary<int, KeyResult> _changed = []; // key results with check-ins applied since compile
    private readonly Dictionary<string, Period> _periods;
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
        _weights = other._weights;
        _changed = new Dictionary<int, KeyResult>(other._changed);
        _periods = other._periods;
        AsOf = other.AsOf;
        Options = other.Options;
        Progress = (double[])other.Progress.Clone();
        _provenance = (byte[])other._provenance.Clone();
    }

    public RollupCore(OkrGraph graph, DateOnly asOf, RollupOptions options)
    {
        _graph = graph;
        AsOf = asOf;
        Options = options;
        var n = graph.NodeCount;
        var set = graph.Set;
        _mode = new byte[n];
        _strategyOf = new byte[n];
        var strategies = new List<IRollupStrategy> { options.DefaultStrategy };
        List<Diagnostic>? problems = null;
        var targetWeighted = false;
        for (var v = 0; v < n; v++)
        {
            if (graph.KindAt(v) == NodeKind.KeyResult)
            {
                if (graph.GetKeyResult(v).Derived) _mode[v] = FromObjectives;
                continue;
            }
            var objective = graph.GetObjective(v);
            _mode[v] = objective.ManualProgress is not null
                ? ManualMode
                : objective.ProgressSource switch
                {
                    ProgressSource.Children => FromObjectives,
                    ProgressSource.Both => (byte)(FromKeyResults | FromObjectives),
                    _ => FromKeyResults,
                };
            IRollupStrategy strategy = options.DefaultStrategy;
            if (objective.Strategy is { } name)
            {
                if (options.FindStrategy(name) is { } found) strategy = found;
                else
                {
                    problems ??= [];
                    var position = IndexInList(set.Objectives, objective);
                    problems.Add(new Diagnostic(DiagnosticCodes.UnknownStrategy, DiagnosticSeverity.Error,
                        $"Objective '{objective.Id}' names rollup strategy '{name}', which is neither built in ({string.Join(", ", RollupStrategies.BuiltIn.Select(s => s.Name))}) nor registered in RollupOptions.Strategies.",
                        objective.Id) { Path = string.Create(CultureInfo.InvariantCulture, $"$.objectives[{position}].strategy") });
                }
            }
            var slot = strategies.IndexOf(strategy);
            if (slot < 0)
            {
                if (strategies.Count == byte.MaxValue + 1)
                    throw new OkrValidationException([new Diagnostic(DiagnosticCodes.UnknownStrategy, DiagnosticSeverity.Error, "A rollup can use at most 256 different strategies.")]);
                strategies.Add(strategy);
                slot = strategies.Count - 1;
            }
            _strategyOf[v] = (byte)slot;
            targetWeighted |= objective.WeightByTarget || ReferenceEquals(strategy, RollupStrategies.Sum);
        }
        if (problems is not null) throw new OkrValidationException(problems);
        _strategies = [.. strategies];
        _weights = targetWeighted ? TargetWeights(graph) : graph.EdgeWeight;
        _periods = new Dictionary<string, Period>(StringComparer.Ordinal);
        foreach (var period in set.Periods) _periods.TryAdd(period.Id, period);
        Progress = new double[n];
        _provenance = new byte[n];
    }

    private static int IndexInList(IReadOnlyList<Objective> list, Objective objective)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (ReferenceEquals(list[i], objective)) return i;
        }
        return -1;
    }

    /// <summary>Edge weights with each metric key result feeding a target-weighted objective scaled by |target - start|.</summary>
    private double[] TargetWeights(OkrGraph graph)
    {
        var weights = (double[])graph.EdgeWeight.Clone();
        for (var v = 0; v < graph.NodeCount; v++)
        {
            if (graph.KindAt(v) != NodeKind.Objective) continue;
            var objective = graph.GetObjective(v);
            if (!objective.WeightByTarget && !ReferenceEquals(_strategies[_strategyOf[v]], RollupStrategies.Sum)) continue;
            for (var e = graph.InputOffsets[v]; e < graph.InputOffsets[v + 1]; e++)
            {
                if (graph.EdgeKinds[e] > (byte)EdgeKind.LinkedKeyResult) continue;
                if (graph.GetKeyResult(graph.InputSource[e]).Measure is MetricMeasure m) weights[e] *= Math.Abs(m.Target - m.Start);
            }
        }
        return weights;
    }

    public RollupCore Clone() => new(this);

    /// <summary>The key result at <paramref name="index"/> as it stands, with the check-ins applied since compile.</summary>
    public KeyResult KeyResultAt(int index) => _changed.TryGetValue(index, out var changed) ? changed : _graph.GetKeyResult(index);

    /// <summary>The key results changed by applied check-ins, by index.</summary>
    public IReadOnlyDictionary<int, KeyResult> ChangedKeyResults => _changed;

    // ---- The full pass ----------------------------------------------------------------------------------------

    /// <summary>Scores every leaf key result from the model and computes everything else, in topological order.</summary>
    public void ComputeAll()
    {
        var scoring = Options.Scoring;
        for (var v = 0; v < Progress.Length; v++)
        {
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
        var offsets = _graph.InputOffsets;
        var sources = _graph.InputSource;
        var kinds = _graph.EdgeKinds;
        var weights = _weights;
        var progress = Progress;
        var strategy = _strategies[_strategyOf[v]];
        double result;
        if (ReferenceEquals(strategy, RollupStrategies.WeightedMean) || ReferenceEquals(strategy, RollupStrategies.Sum))
        {
            // The common case, inline: no buffer, no interface call.
            double sum = 0, total = 0;
            for (var e = offsets[v]; e < offsets[v + 1]; e++)
            {
                var w = weights[e];
                if (!(w > 0) || (mode & (kinds[e] <= (byte)EdgeKind.LinkedKeyResult ? FromKeyResults : FromObjectives)) == 0) continue;
                var x = progress[sources[e]];
                if (double.IsNaN(x)) continue;
                sum += w * x;
                total += w;
            }
            result = total > 0 ? sum / total : double.NaN;
        }
        else
        {
            var count = 0;
            for (var e = offsets[v]; e < offsets[v + 1]; e++)
            {
                var w = weights[e];
                if (!(w > 0) || (mode & (kinds[e] <= (byte)EdgeKind.LinkedKeyResult ? FromKeyResults : FromObjectives)) == 0) continue;
                var x = progress[sources[e]];
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
                    throw new OkrValidationException([new Diagnostic(DiagnosticCodes.StrategyResultNotFinite, DiagnosticSeverity.Error,
                        $"Rollup strategy '{strategy.Name}' returned {result.ToString(CultureInfo.InvariantCulture)} for '{_graph.IdAt(v)}'; a strategy must return a finite progress.", _graph.IdAt(v))]);
                }
            }
        }
        Progress[v] = Options.Scoring.Clamp(result);
        _provenance[v] = (byte)(double.IsNaN(result) ? Provenance.NotMeasured : Provenance.Derived);
    }

    // ---- The incremental pass ---------------------------------------------------------------------------------

    /// <summary>Checks a batch of check-ins; reports every problem at once. Returns the key result indices.</summary>
    public int[] Validate(IReadOnlyList<KeyResultCheckIn> batch)
    {
        var indices = new int[batch.Count];
        List<Diagnostic>? problems = null;
        HashSet<(int, DateOnly)>? seen = batch.Count > 1 ? [] : null;
        for (var i = 0; i < batch.Count; i++)
        {
            var (id, checkIn) = batch[i];
            var path = batch.Count > 1 ? string.Create(CultureInfo.InvariantCulture, $"checkIns[{i}]") : null;
            if (Problem(id, checkIn, seen, out indices[i]) is { } problem) (problems ??= []).Add(problem with { Path = path });
        }
        if (problems is not null) throw new OkrValidationException(problems);
        return indices;
    }

    /// <summary>Checks one check-in, or a correction of the check-in on its day; returns the key result's index.</summary>
    public int Validate(string keyResultId, CheckIn checkIn, bool correcting = false)
    {
        if (Problem(keyResultId, checkIn, null, out var index, correcting) is { } problem) throw new OkrValidationException([problem]);
        return index;
    }

    /// <summary>What is wrong with one check-in, or null with the key result's index in <paramref name="index"/> (else -1).</summary>
    private Diagnostic? Problem(string? id, CheckIn? checkIn, HashSet<(int, DateOnly)>? seen, out int index, bool correcting = false)
    {
        index = -1;
        if (id is null || checkIn is null)
            return new Diagnostic(DiagnosticCodes.CheckInTarget, DiagnosticSeverity.Error, "A check-in needs a key result id and a check-in.");
        if (!_graph.TryIndexOf(id, out var found) || _graph.KindAt(found) != NodeKind.KeyResult)
            return new Diagnostic(DiagnosticCodes.CheckInTarget, DiagnosticSeverity.Error,
                $"'{id}' is not a key result of this graph, so it cannot take a check-in.", id);
        var keyResult = KeyResultAt(found);
        if (keyResult.Derived)
            return new Diagnostic(DiagnosticCodes.CheckInTarget, DiagnosticSeverity.Error,
                $"Key result '{id}' is derived: its progress comes from the objectives cascaded from it, so check in on their key results instead.", id);
        if (!double.IsFinite(checkIn.Value))
            return new Diagnostic(DiagnosticCodes.CheckInNotFinite, DiagnosticSeverity.Error,
                $"The check-in for '{id}' on {checkIn.Date:yyyy-MM-dd} has value {checkIn.Value.ToString(CultureInfo.InvariantCulture)}; give a finite number.", id);
        var taken = seen is not null && !seen.Add((found, checkIn.Date));
        for (var c = 0; !taken && c < keyResult.CheckIns.Count; c++) taken = keyResult.CheckIns[c].Date == checkIn.Date;
        if (correcting && !taken)
            return new Diagnostic(DiagnosticCodes.NoCheckInToCorrect, DiagnosticSeverity.Error,
                $"Key result '{id}' has no check-in on {checkIn.Date:yyyy-MM-dd} to correct; add it as a new check-in instead.", id);
        if (taken && !correcting)
            return new Diagnostic(DiagnosticCodes.CheckInDateTaken, DiagnosticSeverity.Error,
                $"Key result '{id}' already has a check-in on {checkIn.Date:yyyy-MM-dd}; keep one value per day (correct the set and roll up again to change a past value).", id);
        index = found;
        return null;
    }

    /// <summary>Applies validated check-ins and recomputes only what they affect; on failure, applies nothing.</summary>
    public void Apply(IReadOnlyList<KeyResultCheckIn> batch, int[] indices)
    {
        _queued ??= new bool[Progress.Length]; // even for an empty batch: callers use one to allocate up front
        var undo = new Undo[batch.Count];
        for (var i = 0; i < batch.Count; i++) undo[i] = SetCheckIn(indices[i], batch[i].CheckIn);
        try
        {
            Propagate();
        }
        catch
        {
            Revert(undo); // whatever a custom strategy threw, the state stays as it was
            throw;
        }
    }

    /// <summary>
    /// Applies one validated check-in (or, <paramref name="correcting"/>, puts it in place of the check-in on its day)
    /// and recomputes only what it affects; on failure, applies nothing.
    /// </summary>
    public void Apply(int index, CheckIn checkIn, bool correcting = false)
    {
        var undo = SetCheckIn(index, checkIn, correcting);
        try
        {
            Propagate();
        }
        catch
        {
            Revert([undo]);
            throw;
        }
    }

    /// <summary>How a key result stood before a check-in: its changed record (null: the graph's), progress and provenance.</summary>
    private readonly record struct Undo(int Index, KeyResult? Changed, double Progress, byte Provenance);

    /// <summary>
    /// Adds the check-in to key result <paramref name="index"/> (or replaces the one on its day when
    /// <paramref name="correcting"/>), rescores it and queues its parents if it moved.
    /// </summary>
    private Undo SetCheckIn(int index, CheckIn checkIn, bool correcting = false)
    {
        _queued ??= new bool[Progress.Length];
        var undo = new Undo(index, _changed.TryGetValue(index, out var changed) ? changed : null, Progress[index], _provenance[index]);
        var before = undo.Changed ?? _graph.GetKeyResult(index);
        var after = before with { CheckIns = correcting ? Replacing(before.CheckIns, checkIn) : ValueList<CheckIn>.Append(before.CheckIns, checkIn) };
        _changed[index] = after;
        var progress = Scorer.MeasuredProgress(after, AsOf, Options.Scoring);
        if (!SameValue(progress, Progress[index]))
        {
            SetLeaf(index, progress);
            PushParents(index);
        }
        return undo;
    }

    /// <summary>The check-ins with the one on <paramref name="correction"/>'s day replaced by it, in the same place.</summary>
    private static CheckIn[] Replacing(IReadOnlyList<CheckIn> checkIns, CheckIn correction)
    {
        var result = new CheckIn[checkIns.Count];
        for (var i = 0; i < result.Length; i++) result[i] = checkIns[i].Date == correction.Date ? correction : checkIns[i];
        return result;
    }

    /// <summary>
    /// Takes back check-ins whose recompute failed (a custom strategy threw or returned a number that is not finite): drops
    /// the rest of the queue, puts the key results back as they were (the last applied first) and recomputes what
    /// they feed. Every node the failed pass changed gets its earlier inputs back, for which the strategies gave
    /// finite numbers before, so the state ends exactly as it was.
    /// </summary>
    private void Revert(Undo[] undo)
    {
        for (var i = 0; i < _heapCount; i++) _queued![_heap[i]] = false;
        _heapCount = 0;
        for (var i = undo.Length - 1; i >= 0; i--)
        {
            var u = undo[i];
            if (u.Changed is null) _changed.Remove(u.Index);
            else _changed[u.Index] = u.Changed;
            Progress[u.Index] = u.Progress;
            _provenance[u.Index] = u.Provenance;
        }
        foreach (var u in undo) PushParents(u.Index);
        Propagate();
    }

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
        var offsets = _graph.OutputOffsets;
        var targets = _graph.OutputTarget;
        for (var k = offsets[v]; k < offsets[v + 1]; k++)
        {
            var parent = targets[k];
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

    // ---- Queries ----------------------------------------------------------------------------------------------

    public int Check(int index)
    {
        if ((uint)index >= (uint)Progress.Length)
            throw new ArgumentOutOfRangeException(nameof(index), index, $"The graph has {Progress.Length} nodes.");
        return index;
    }

    /// <summary>The index of a node the caller passed, refusing a node of another graph.</summary>
    public int IndexOf(OkrNode node)
    {
        if (!ReferenceEquals(node.GraphOrNull, _graph))
            throw new ArgumentException(node.GraphOrNull is null
                ? "The node is default: it belongs to no graph. Get nodes from the graph that was rolled up."
                : $"The node '{node.Id}' belongs to another graph than the one rolled up.", nameof(node));
        return node.Index;
    }

    public double? ProgressOf(int index) => double.IsNaN(Progress[Check(index)]) ? null : Progress[index];

    public double? RawProgressOf(int index)
    {
        Check(index);
        if (_graph.KindAt(index) == NodeKind.KeyResult)
            return _mode[index] == Leaf ? Scorer.RawProgress(KeyResultAt(index), AsOf) : ProgressOf(index);
        return _graph.GetObjective(index).ManualProgress ?? ProgressOf(index);
    }

    /// <summary>The objective a node belongs to: itself, or the objective a key result is defined under.</summary>
    private Objective ObjectiveOf(int index) => _graph.KindAt(index) == NodeKind.Objective
        ? _graph.GetObjective(index)
        : _graph.GetObjective(_graph.IndexOf(_graph.GetKeyResult(index).ObjectiveId));

    private Period? PeriodOf(Objective objective) =>
        objective.PeriodId is { } id && _periods.TryGetValue(id, out var period) ? period : null;

    public double ExpectedOf(int index)
    {
        var period = PeriodOf(ObjectiveOf(Check(index)));
        if (period is null) return 0;
        return _graph.KindAt(index) == NodeKind.KeyResult
            ? Scorer.ExpectedProgress(KeyResultAt(index), period, AsOf)
            : Scorer.ExpectedProgress(period, AsOf);
    }

    public ProgressStatus StatusOf(int index) =>
        Scorer.Status(ProgressOf(index), ExpectedOf(index), PeriodOf(ObjectiveOf(index)), AsOf, Options.Scoring);

    public Grade? GradeOf(int index) =>
        ProgressOf(index) is { } p ? Scorer.GradeOf(p, ObjectiveOf(index).Commitment, Options.Scoring) : null;

    public Provenance ProvenanceOf(int index) => (Provenance)_provenance[Check(index)];

    public NodeProgress Describe(int index) => new(
        _graph.NodeAt(index), ProgressOf(index), RawProgressOf(index), ProvenanceOf(index),
        ExpectedOf(index), StatusOf(index), GradeOf(index));

    /// <summary>Whether the edge at input position <paramref name="e"/> of <paramref name="parent"/> counts for it.</summary>
    private bool Counts(int parent, int e)
    {
        var mode = _mode[parent];
        if (mode == Leaf || mode == ManualMode || !(_weights[e] > 0)) return false;
        return (mode & (_graph.EdgeKinds[e] <= (byte)EdgeKind.LinkedKeyResult ? FromKeyResults : FromObjectives)) != 0;
    }

    /// <summary>The weight a strategy gives the edge (the mean ignores weights).</summary>
    private double StrategyWeight(int parent, int e) =>
        ReferenceEquals(_strategies[_strategyOf[parent]], RollupStrategies.Mean) ? 1 : _weights[e];

    public IReadOnlyList<ContributionShare> SharesOf(int index)
    {
        Check(index);
        var offsets = _graph.OutputOffsets;
        var list = new List<ContributionShare>();
        double total = 0;
        for (var k = offsets[index]; k < offsets[index + 1]; k++)
        {
            var parent = _graph.OutputTarget[k];
            var e = _graph.OutputEdge[k];
            if (!Counts(parent, e)) continue;
            var w = StrategyWeight(parent, e);
            total += w;
            list.Add(new ContributionShare(_graph.NodeAt(parent), w));
        }
        for (var i = 0; i < list.Count; i++) list[i] = list[i] with { Share = list[i].Share / total };
        return list;
    }

    public IReadOnlyList<Contribution> ContributionsOf(int index)
    {
        Check(index);
        var result = new List<Contribution>();
        if (double.IsNaN(Progress[index])) return result;
        var influence = new Dictionary<int, double> { [index] = 1 };
        // Nodes are visited in increasing index order: by then every path into a node has been summed.
        var pending = new PriorityQueue<int, int>();
        pending.Enqueue(index, index);
        var offsets = _graph.OutputOffsets;
        while (pending.TryDequeue(out var v, out _))
        {
            var share = influence[v];
            if (v != index) result.Add(new Contribution(_graph.NodeAt(v), share));
            if (double.IsNaN(Progress[v])) continue;
            for (var k = offsets[v]; k < offsets[v + 1]; k++)
            {
                var parent = _graph.OutputTarget[k];
                var e = _graph.OutputEdge[k];
                if (!Counts(parent, e)) continue;
                var total = MeasuredInputWeight(parent);
                if (!(total > 0)) continue;
                var add = share * StrategyWeight(parent, e) / total;
                if (influence.TryGetValue(parent, out var sum)) influence[parent] = sum + add;
                else
                {
                    influence[parent] = add;
                    pending.Enqueue(parent, parent);
                }
            }
        }
        return result;
    }

    private double MeasuredInputWeight(int parent)
    {
        double total = 0;
        for (var e = _graph.InputOffsets[parent]; e < _graph.InputOffsets[parent + 1]; e++)
        {
            if (Counts(parent, e) && !double.IsNaN(Progress[_graph.InputSource[e]])) total += StrategyWeight(parent, e);
        }
        return total;
    }
}
