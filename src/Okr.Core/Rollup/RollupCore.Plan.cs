using System.Globalization;
using Okr.Core.Diagnostics;
using Okr.Core.Graph;

namespace Okr.Core.Rollup;

/// <summary>
/// The plan: how each node is computed (its mode and strategy slot) and the weight each edge carries, worked out once
/// per rollup from the graph and the options and shared, read-only, by every clone.
/// </summary>
internal sealed partial class RollupCore
{
    // Node modes. Leaf key results are scored from their measure; everything else is computed from inputs.
    internal const byte Leaf = 0;
    internal const byte FromKeyResults = 1;   // key-result and linked key-result edges count
    internal const byte FromObjectives = 2;   // alignment edges count
    internal const byte ManualMode = 4;

    private readonly byte[] _mode;
    private readonly byte[] _strategyOf;           // index into _strategies, per node
    private readonly IRollupStrategy[] _strategies;
    private readonly double[]? _targetWeights;     // edge weights scaled by target size; null: the graph's weights

    /// <summary>The effective weight of every edge, by input position: the graph's, or scaled by target size.</summary>
    private ReadOnlySpan<double> Weights => _targetWeights is { } scaled ? scaled : _graph.EdgeWeights;

    /// <summary>Works out each node's mode and strategy, and the target-scaled weights when an objective asks for them.</summary>
    /// <exception cref="OkrValidationException">An objective names a strategy that is neither built in nor registered.</exception>
    private static (byte[] Mode, byte[] StrategyOf, IRollupStrategy[] Strategies, double[]? TargetWeights) Plan(OkrGraph graph, RollupOptions options)
    {
        var n = graph.NodeCount;
        var set = graph.Set;
        var mode = new byte[n];
        var strategyOf = new byte[n];
        var strategies = new List<IRollupStrategy> { options.DefaultStrategy };
        List<Diagnostic>? problems = null;
        var targetWeighted = false;
        for (var v = 0; v < n; v++)
        {
            if (graph.KindAt(v) == NodeKind.KeyResult)
            {
                if (graph.GetKeyResult(v).Derived) mode[v] = FromObjectives;
                continue;
            }
            var objective = graph.GetObjective(v);
            mode[v] = objective.ManualProgress is not null
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
                    throw new OkrValidationException("The rollup", [new Diagnostic(DiagnosticCodes.TooManyStrategies, DiagnosticSeverity.Error, "A rollup can use at most 256 different strategies.")]);
                strategies.Add(strategy);
                slot = strategies.Count - 1;
            }
            strategyOf[v] = (byte)slot;
            targetWeighted |= objective.WeightByTarget || ReferenceEquals(strategy, RollupStrategies.Sum);
        }
        if (problems is not null) throw new OkrValidationException("The rollup", problems);
        IRollupStrategy[] slots = [.. strategies];
        return (mode, strategyOf, slots, targetWeighted ? TargetWeights(graph, strategyOf, slots) : null);
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
    private static double[] TargetWeights(OkrGraph graph, byte[] strategyOf, IRollupStrategy[] strategies)
    {
        var weights = graph.EdgeWeights.ToArray();
        for (var v = 0; v < graph.NodeCount; v++)
        {
            if (graph.KindAt(v) != NodeKind.Objective) continue;
            var objective = graph.GetObjective(v);
            if (!objective.WeightByTarget && !ReferenceEquals(strategies[strategyOf[v]], RollupStrategies.Sum)) continue;
            var (start, end) = graph.InputRange(v);
            var overflow = false;
            for (var e = start; e < end; e++)
            {
                if (!graph.IsKeyResultEdge(e)) continue;
                if (graph.GetKeyResult(graph.InputAt(e)).Measure is MetricMeasure m) weights[e] *= Math.Abs(m.Target - m.Start);
                overflow |= !double.IsFinite(weights[e]);
            }
            if (overflow) ScaleTargetWeights(graph, weights, start, end);
        }
        return weights;
    }

    /// <summary>
    /// Weight times target size overflowed for one objective's inputs: take both relative to their largest (spans as
    /// halves, which cannot overflow), so the ratios between the inputs stay what they are. Inputs without a target
    /// size keep their ratio too, and may round to 0 beside a product beyond the double range.
    /// </summary>
    private static void ScaleTargetWeights(OkrGraph graph, double[] weights, int start, int end)
    {
        var original = graph.EdgeWeights;
        double largestWeight = 0, largestHalfSpan = 0;
        for (var e = start; e < end; e++)
        {
            largestWeight = Math.Max(largestWeight, original[e]);
            if (graph.IsKeyResultEdge(e) && graph.GetKeyResult(graph.InputAt(e)).Measure is MetricMeasure m)
                largestHalfSpan = Math.Max(largestHalfSpan, Math.Abs(m.Target / 2 - m.Start / 2));
        }
        for (var e = start; e < end; e++)
        {
            var w = original[e] / largestWeight;
            weights[e] = graph.IsKeyResultEdge(e) && graph.GetKeyResult(graph.InputAt(e)).Measure is MetricMeasure m
                ? w * (Math.Abs(m.Target / 2 - m.Start / 2) / largestHalfSpan)
                : w / largestHalfSpan / 2;
        }
    }

    /// <summary>Whether the edge at input position <paramref name="e"/> of <paramref name="parent"/> counts for it.</summary>
    private bool Counts(int parent, int e)
    {
        var mode = _mode[parent];
        if (mode == Leaf || mode == ManualMode || !(Weights[e] > 0)) return false;
        return (mode & (_graph.IsKeyResultEdge(e) ? FromKeyResults : FromObjectives)) != 0;
    }

    /// <summary>The weight a strategy gives the edge (the mean ignores weights).</summary>
    private double StrategyWeight(int parent, int e) =>
        ReferenceEquals(_strategies[_strategyOf[parent]], RollupStrategies.Mean) ? 1 : Weights[e];
}
