using Okr.Core.Graph;
using Okr.Core.Scoring;

namespace Okr.Core.Rollup;

/// <summary>Queries on a computed rollup: progress, expected progress, status, grade and provenance per node, and how much each node contributes to what it feeds.</summary>
internal sealed partial class RollupCore
{
    /// <summary>Returns <paramref name="index"/> when it names a node of the graph rolled up.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is negative or not below the node count.</exception>
    public int Check(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Progress.Length);
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

    // The objective a node belongs to and its period are what compiling resolved, kept by the graph.

    public double ExpectedOf(int index)
    {
        var period = _graph.PeriodAt(Check(index));
        if (period is null) return 0;
        return _graph.KindAt(index) == NodeKind.KeyResult
            ? Scorer.ExpectedProgress(KeyResultAt(index), period, AsOf)
            : Scorer.ExpectedProgress(period, AsOf);
    }

    public ProgressStatus StatusOf(int index) =>
        Scorer.Status(ProgressOf(index), ExpectedOf(index), _graph.PeriodAt(index), AsOf, Options.Scoring);

    public Grade? GradeOf(int index) =>
        ProgressOf(index) is { } p ? Scorer.GradeOf(p, _graph.GetObjective(_graph.ObjectiveNodeOf(index)).Commitment, Options.Scoring) : null;

    public Provenance ProvenanceOf(int index) => (Provenance)_provenance[Check(index)];

    public NodeProgress Describe(int index) => new(
        _graph.NodeAt(index), ProgressOf(index), RawProgressOf(index), ProvenanceOf(index),
        ExpectedOf(index), StatusOf(index), GradeOf(index));

    public IReadOnlyList<ContributionShare> SharesOf(int index)
    {
        Check(index);
        var list = new List<ContributionShare>();
        double total = 0, largest = 0;
        var (start, end) = _graph.ParentRange(index);
        for (var k = start; k < end; k++)
        {
            var parent = _graph.ParentAt(k);
            var e = _graph.ParentEdgeAt(k);
            if (!Counts(parent, e)) continue;
            var w = StrategyWeight(parent, e);
            total += w;
            largest = Math.Max(largest, w);
            list.Add(new ContributionShare(_graph.NodeAt(parent), w));
        }
        if (!(total <= double.MaxValue && total >= MinPlainTotal))
        {
            // Weights near the ends of the double range: share them out relative to the largest.
            total = 0;
            for (var i = 0; i < list.Count; i++) total += list[i].Share / largest;
            for (var i = 0; i < list.Count; i++) list[i] = list[i] with { Share = list[i].Share / largest / total };
            return list;
        }
        for (var i = 0; i < list.Count; i++) list[i] = list[i] with { Share = list[i].Share / total };
        return list;
    }

    public IReadOnlyList<Contribution> ContributionsOf(int index, InputWeights totals)
    {
        Check(index);
        var result = new List<Contribution>();
        if (double.IsNaN(Progress[index])) return result;
        var influence = new Dictionary<int, double> { [index] = 1 };
        // Nodes are visited in increasing index order: by then every path into a node has been summed.
        var pending = new PriorityQueue<int, int>();
        pending.Enqueue(index, index);
        while (pending.TryDequeue(out var v, out _))
        {
            var share = influence[v];
            if (v != index) result.Add(new Contribution(_graph.NodeAt(v), share));
            if (double.IsNaN(Progress[v])) continue;
            var (start, end) = _graph.ParentRange(v);
            for (var k = start; k < end; k++)
            {
                var parent = _graph.ParentAt(k);
                var e = _graph.ParentEdgeAt(k);
                if (!Counts(parent, e)) continue;
                var total = totals.Scaled[parent];
                if (!(total > 0)) continue;
                var add = share * (StrategyWeight(parent, e) / totals.Largest[parent]) / total;
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

    /// <summary>Per node, the largest weight of its counted, measured inputs, and the sum of those weights divided by it.</summary>
    internal sealed record InputWeights(double[] Largest, double[] Scaled);

    /// <summary>
    /// The measured input weight of every node, in one pass over the edges, so that asking for the contributions of
    /// every input of a wide objective costs O(1) per parent instead of re-summing the parent each time. Sums are
    /// taken relative to the largest weight, so weights near the ends of the double range neither overflow nor vanish.
    /// </summary>
    public InputWeights MeasuredInputWeights()
    {
        var largest = new double[Progress.Length];
        var scaled = new double[Progress.Length];
        for (var parent = 0; parent < Progress.Length; parent++)
        {
            var (start, end) = _graph.InputRange(parent);
            var max = 0.0;
            for (var e = start; e < end; e++)
            {
                if (Counts(parent, e) && !double.IsNaN(Progress[_graph.InputAt(e)])) max = Math.Max(max, StrategyWeight(parent, e));
            }
            if (!(max > 0)) continue;
            double total = 0;
            for (var e = start; e < end; e++)
            {
                if (Counts(parent, e) && !double.IsNaN(Progress[_graph.InputAt(e)])) total += StrategyWeight(parent, e) / max;
            }
            largest[parent] = max;
            scaled[parent] = total;
        }
        return new InputWeights(largest, scaled);
    }
}
