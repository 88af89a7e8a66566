using QuikGraph;
using QuikGraph.Algorithms;

namespace Okr.Core.Tests.QuikGraph;

/// <summary>
/// What a developer would write with QuikGraph alone to roll OKRs up, the peer the benchmarks compare Okr.Core with
/// (<c>QuikGraphPeerBenchmarks</c>) and a test holds to the same numbers (<c>QuikGraphPeerTests</c>): objectives and key
/// results as string vertices of a <see cref="BidirectionalGraph{TVertex, TEdge}"/>, edges from an input to what it
/// feeds tagged with their weight, dictionaries keyed by id, <c>TopologicalSort()</c> for the order, key results scored
/// with <see cref="Scorer.Progress"/>, and the core's progress-source rules: an objective counts its key results, its
/// aligned objectives or both; a derived key result counts the objectives cascaded from it; weight 0 and not-measured
/// inputs are skipped; a manual override wins. Weighted mean only (what the synthetic org uses): no strategies, no
/// target weighting, no provenance. Not measured is <see cref="double.NaN"/>.
/// </summary>
public sealed class QuikGraphPeer
{
    private readonly Dictionary<string, Objective> _objectives;
    private readonly Dictionary<string, KeyResult> _keyResults;

    private QuikGraphPeer(BidirectionalGraph<string, TaggedEdge<string, double>> graph, Dictionary<string, Objective> objectives, Dictionary<string, KeyResult> keyResults)
    {
        Graph = graph;
        _objectives = objectives;
        _keyResults = keyResults;
    }

    /// <summary>The graph: ids as vertices, edges from an input to what it feeds, tagged with the input's weight.</summary>
    public BidirectionalGraph<string, TaggedEdge<string, double>> Graph { get; }

    /// <summary>Builds the graph and the id dictionaries from a set (assumed valid: the peer does not validate).</summary>
    public static QuikGraphPeer Build(OkrSet set)
    {
        ArgumentNullException.ThrowIfNull(set);
        var graph = new BidirectionalGraph<string, TaggedEdge<string, double>>(allowParallelEdges: false);
        var objectives = new Dictionary<string, Objective>(set.Objectives.Count, StringComparer.Ordinal);
        var keyResults = new Dictionary<string, KeyResult>(set.KeyResults.Count, StringComparer.Ordinal);
        foreach (var objective in set.Objectives)
        {
            objectives.Add(objective.Id, objective);
            graph.AddVertex(objective.Id);
        }
        foreach (var keyResult in set.KeyResults)
        {
            keyResults.Add(keyResult.Id, keyResult);
            graph.AddVertex(keyResult.Id);
            graph.AddEdge(new TaggedEdge<string, double>(keyResult.Id, keyResult.ObjectiveId, keyResult.Weight));
        }
        foreach (var objective in set.Objectives)
        {
            foreach (var linked in objective.LinkedKeyResultIds)
                graph.AddEdge(new TaggedEdge<string, double>(linked, objective.Id, keyResults[linked].Weight));
        }
        foreach (var alignment in set.Alignments)
            graph.AddEdge(new TaggedEdge<string, double>(alignment.ChildId, alignment.ParentId, alignment.Weight));
        return new QuikGraphPeer(graph, objectives, keyResults);
    }

    /// <summary>Scores every measured key result as of <paramref name="asOf"/>: its clamped progress, NaN when not measured.</summary>
    public Dictionary<string, double> Score(DateOnly asOf)
    {
        var scored = new Dictionary<string, double>(_keyResults.Count, StringComparer.Ordinal);
        foreach (var (id, keyResult) in _keyResults)
        {
            if (!keyResult.Derived) scored[id] = Scorer.Progress(keyResult, asOf) ?? double.NaN;
        }
        return scored;
    }

    /// <summary>Scores every key result, then rolls up: progress by id for every vertex.</summary>
    public Dictionary<string, double> ScoreAndRollup(DateOnly asOf) => Rollup(Score(asOf));

    /// <summary>Rolls up from key results already scored (<see cref="Score"/>): progress by id for every vertex.</summary>
    public Dictionary<string, double> Rollup(Dictionary<string, double> scored)
    {
        ArgumentNullException.ThrowIfNull(scored);
        var progress = new Dictionary<string, double>(Graph.VertexCount, StringComparer.Ordinal);
        foreach (var id in Graph.TopologicalSort())
        {
            if (scored.TryGetValue(id, out var measured))
            {
                progress[id] = measured;
                continue;
            }
            var objective = _objectives.GetValueOrDefault(id);
            if (objective?.ManualProgress is { } manual)
            {
                progress[id] = ScoringOptions.Default.Clamp(manual);
                continue;
            }
            // A derived key result counts the objectives cascaded from it; an objective what its progress source says.
            var source = objective?.ProgressSource ?? ProgressSource.Children;
            double sum = 0, total = 0;
            foreach (var edge in Graph.InEdges(id))
            {
                var fromKeyResult = _keyResults.ContainsKey(edge.Source);
                var counts = source == ProgressSource.Both || (source == ProgressSource.KeyResults) == fromKeyResult;
                if (!counts || !(edge.Tag > 0)) continue;
                var x = progress[edge.Source];
                if (double.IsNaN(x)) continue;
                sum += edge.Tag * x;
                total += edge.Tag;
            }
            progress[id] = total > 0 ? ScoringOptions.Default.Clamp(sum / total) : double.NaN;
        }
        return progress;
    }
}
