namespace Okr.Core.Benchmarks;

/// <summary>
/// The floor every rollup figure is compared with: the minimal hand-written weighted-mean rollup over plain arrays
/// already renumbered in topological order (inputs first), with the key results' progress already scored. No
/// strategies, no provenance, no options: what any rollup has to do at the least, so the ratio to it says what
/// Okr.Core's generality costs.
/// </summary>
public sealed class Floor
{
    private readonly int[] _offsets;    // n + 1: counted inputs of node v are _sources[_offsets[v] .. _offsets[v+1])
    private readonly int[] _sources;
    private readonly double[] _weights;
    private readonly double[] _leaf;    // scored progress of measured key results, NaN for everything else
    private readonly bool[] _computed;  // objectives and derived key results: computed from inputs

    /// <summary>Copies what the rollup needs out of a compiled graph into plain arrays.</summary>
    public Floor(OkrGraph graph, DateOnly asOf, ScoringOptions options)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var n = graph.NodeCount;
        _leaf = new double[n];
        _computed = new bool[n];
        var offsets = new int[n + 1];
        var sources = new List<int>(graph.EdgeCount);
        var weights = new List<double>(graph.EdgeCount);
        for (var v = 0; v < n; v++)
        {
            _leaf[v] = double.NaN;
            ProgressSource? source = null;
            if (graph.KindAt(v) == NodeKind.Objective)
            {
                _computed[v] = true;
                source = graph.GetObjective(v).ProgressSource;
            }
            else if (graph.GetKeyResult(v).Derived)
            {
                _computed[v] = true;
            }
            else
            {
                _leaf[v] = Scorer.Progress(graph.GetKeyResult(v), asOf, options) ?? double.NaN;
            }
            var edges = graph.InputEdgesOf(v);
            for (var i = 0; i < edges.Length; i++)
            {
                var e = edges[i];
                var fromKeyResult = e.Kind is EdgeKind.KeyResult or EdgeKind.LinkedKeyResult;
                var counts = e.Weight > 0 && (source is null
                    ? !fromKeyResult
                    : source == ProgressSource.Both || (source == ProgressSource.KeyResults) == fromKeyResult);
                if (!counts) continue;
                sources.Add(e.Child.Index);
                weights.Add(e.Weight);
            }
            offsets[v + 1] = sources.Count;
        }
        _offsets = offsets;
        _sources = [.. sources];
        _weights = [.. weights];
    }

    /// <summary>Rolls up into <paramref name="progress"/> (length n); NaN = not measured.</summary>
    public void Run(double[] progress)
    {
        ArgumentNullException.ThrowIfNull(progress);
        var offsets = _offsets;
        var sources = _sources;
        var weights = _weights;
        for (var v = 0; v < progress.Length; v++)
        {
            if (!_computed[v])
            {
                progress[v] = _leaf[v];
                continue;
            }
            double sum = 0, total = 0;
            for (var k = offsets[v]; k < offsets[v + 1]; k++)
            {
                var x = progress[sources[k]];
                if (double.IsNaN(x)) continue;
                sum += weights[k] * x;
                total += weights[k];
            }
            progress[v] = total > 0 ? sum / total : double.NaN;
        }
    }
}
