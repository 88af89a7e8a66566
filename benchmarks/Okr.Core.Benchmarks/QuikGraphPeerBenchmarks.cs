using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Okr.Core.QuikGraph;
using Okr.Core.Tests.QuikGraph;
using Okr.Core.Tests.Support;
using QuikGraph;
using QuikGraph.Algorithms;

namespace Okr.Core.Benchmarks;

/// <summary>
/// Okr.Core beside what a developer would write with QuikGraph alone (<see cref="QuikGraphPeer"/>, the same file a test
/// holds to graph.Rollup's numbers), on the synthetic org: build vs compile, score-and-rollup vs <c>graph.Rollup</c>,
/// rollup of scored key results vs the core's full pass from scored leaves; and QuikGraph's own TopologicalSort over the
/// zero-copy view vs over a copied BidirectionalGraph. Okr.Core is the baseline of each category, so the peer's ratio
/// says how many times slower it is.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class QuikGraphPeerBenchmarks
{
    private OkrSet _set = null!;
    private OkrGraph _graph = null!;
    private RollupState _state = null!;
    private QuikGraphPeer _peer = null!;
    private Dictionary<string, double> _scored = null!;
    private OkrGraphView _view = null!;
    private BidirectionalGraph<OkrNode, OkrEdge> _copy = null!;

    [ParamsSource(nameof(Sizes))]
    public int Objectives { get; set; }

    public static IEnumerable<int> Sizes() => Orgs.Sizes();

    [GlobalSetup]
    public void Setup()
    {
        _set = Orgs.Set(Objectives);
        _graph = Orgs.Graph(Objectives);
        _state = RollupEngine.CreateRollupState(_graph, SyntheticOrg.AsOf);
        _peer = QuikGraphPeer.Build(_set);
        _scored = _peer.Score(SyntheticOrg.AsOf);
        _view = _graph.AsQuikGraph();
        _copy = _graph.ToBidirectionalGraph();
    }

    /// <summary>Okr.Core: compile the model (validation, id index, cycle check, CSR arrays).</summary>
    [Benchmark(Baseline = true), BenchmarkCategory("Build")]
    public OkrGraph Compile() => _set.Compile().ThrowIfFailed();

    /// <summary>The peer: the BidirectionalGraph of ids and the dictionaries (no validation).</summary>
    [Benchmark, BenchmarkCategory("Build")]
    public QuikGraphPeer PeerBuild() => QuikGraphPeer.Build(_set);

    /// <summary>Okr.Core: score every key result as of the day and roll up (<c>graph.Rollup</c>).</summary>
    [Benchmark(Baseline = true), BenchmarkCategory("ScoreAndRollup")]
    public double? Rollup() => _graph.Rollup(SyntheticOrg.AsOf)[_graph.Nodes[^1]].Progress;

    /// <summary>The peer: score every key result, then TopologicalSort and a weighted mean per vertex over dictionaries.</summary>
    [Benchmark, BenchmarkCategory("ScoreAndRollup")]
    public double PeerScoreAndRollup() => _peer.ScoreAndRollup(SyntheticOrg.AsOf)["o0"];

    /// <summary>Okr.Core: the full pass from key results already scored.</summary>
    [Benchmark(Baseline = true), BenchmarkCategory("RollupOfScored")]
    public double? FullPass()
    {
        _state.Recompute();
        return _state.Core.ProgressOf(_graph.NodeCount - 1);
    }

    /// <summary>The peer: the rollup from key results already scored.</summary>
    [Benchmark, BenchmarkCategory("RollupOfScored")]
    public double PeerRollupOfScored() => _peer.Rollup(_scored)["o0"];

    /// <summary>QuikGraph's TopologicalSort over the zero-copy view.</summary>
    [Benchmark(Baseline = true), BenchmarkCategory("TopologicalSort")]
    public int TopologicalSortOverView() => _view.TopologicalSort().Count();

    /// <summary>QuikGraph's TopologicalSort over the graph copied into a BidirectionalGraph (the copy made in setup).</summary>
    [Benchmark, BenchmarkCategory("TopologicalSort")]
    public int TopologicalSortOverCopy() => _copy.TopologicalSort().Count();

    /// <summary>Copying the compiled graph into a BidirectionalGraph, the price of the copy itself.</summary>
    [Benchmark, BenchmarkCategory("TopologicalSort")]
    public int CopyToBidirectionalGraph() => _graph.ToBidirectionalGraph().VertexCount;
}
