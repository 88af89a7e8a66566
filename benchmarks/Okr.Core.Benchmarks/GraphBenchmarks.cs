using BenchmarkDotNet.Attributes;

namespace Okr.Core.Benchmarks;

/// <summary>Queries on the compiled graph (compiling itself is in <see cref="CompileBenchmarks"/>).</summary>
[MemoryDiagnoser]
public class GraphBenchmarks
{
    private OkrSet _set = null!;
    private OkrGraph _graph = null!;
    private int _leaf;

    [ParamsSource(nameof(Sizes))]
    public int Objectives { get; set; }

    public static IEnumerable<int> Sizes() => Orgs.Sizes();

    [GlobalSetup]
    public void Setup()
    {
        _set = Orgs.Set(Objectives);
        _graph = Orgs.Graph(Objectives);
        _leaf = _graph.IndexOf(Okr.Core.Tests.Support.SyntheticOrg.KeyResultId(_set.KeyResults.Count - 1));
    }

    /// <summary>Everything whose progress could change when the deepest key result changes.</summary>
    [Benchmark]
    public int ImpactSet() => _graph.Reach(_leaf, upward: true, contributingOnly: true).Length;
}
