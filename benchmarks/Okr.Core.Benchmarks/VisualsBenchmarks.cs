using BenchmarkDotNet.Attributes;
using Okr.Core.Tests.Support;
using Okr.Core.Visuals;

namespace Okr.Core.Benchmarks;

/// <summary>
/// The pictures of the synthetic org (at most 100k objectives: a map of a million cards is not a picture anyone
/// opens), against the rollup they are drawn from (the baseline). The Mermaid map is cut to Mermaid's limits; the SVG
/// map includes the layered layout.
/// </summary>
[MemoryDiagnoser]
public class VisualsBenchmarks
{
    private RollupResult _rollup = null!;

    [ParamsSource(nameof(Sizes))]
    public int Objectives { get; set; }

    public static IEnumerable<int> Sizes() => Orgs.Sizes().Where(n => n <= 100_000);

    [GlobalSetup]
    public void Setup() => _rollup = Orgs.Graph(Objectives).Rollup(SyntheticOrg.AsOf);

    /// <summary>What every picture starts from: a full rollup.</summary>
    [Benchmark(Baseline = true)]
    public int Rollup() => Orgs.Graph(Objectives).Rollup(SyntheticOrg.AsOf).Graph.NodeCount;

    /// <summary>The SVG map, layout included.</summary>
    [Benchmark]
    public int SvgMap() => Okr.Core.Visuals.SvgMap.Write(_rollup).Length;

    /// <summary>The Graphviz DOT map.</summary>
    [Benchmark]
    public int DotMap() => Okr.Core.Visuals.DotMap.Write(_rollup).Length;

    /// <summary>The Mermaid map, cut to 500 edges and 50,000 characters.</summary>
    [Benchmark]
    public int MermaidMap() => Okr.Core.Visuals.MermaidMap.Write(_rollup).Text.Length;
}

/// <summary>The HTML report (map, tree, a chart per key result, health) at the smallest size only: 30,000 charts at 10k objectives.</summary>
[MemoryDiagnoser]
public class HtmlReportBenchmarks
{
    private RollupResult _rollup = null!;
    private HealthReport _health = null!;

    [ParamsSource(nameof(Sizes))]
    public int Objectives { get; set; }

    public static IEnumerable<int> Sizes() => [Orgs.Sizes().Min()];

    [GlobalSetup]
    public void Setup()
    {
        _rollup = Orgs.Graph(Objectives).Rollup(SyntheticOrg.AsOf);
        _health = _rollup.Graph.AnalyzeHealth(SyntheticOrg.AsOf);
    }

    /// <summary>The whole report.</summary>
    [Benchmark]
    public int HtmlReport() => Okr.Core.Visuals.HtmlReport.Write(_rollup, _health).Length;
}
