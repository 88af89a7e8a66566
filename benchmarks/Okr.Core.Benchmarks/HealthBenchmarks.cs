using BenchmarkDotNet.Attributes;
using Okr.Core.Tests.Support;

namespace Okr.Core.Benchmarks;

/// <summary>
/// The health analysis of the synthetic org, with every rule on, and with the two check-in rules off: the synthetic
/// org checks in only twice a quarter, so nearly every key result is stale, which is a lot of findings to report.
/// </summary>
[MemoryDiagnoser]
public class HealthBenchmarks
{
    private static readonly HealthOptions WithoutCheckInRules = new() { DisabledRules = [DiagnosticCodes.Stale, DiagnosticCodes.NotStarted] };
    private OkrGraph _graph = null!;

    [ParamsSource(nameof(Sizes))]
    public int Objectives { get; set; }

    public static IEnumerable<int> Sizes() => Orgs.Sizes();

    [GlobalSetup]
    public void Setup() => _graph = Orgs.Graph(Objectives);

    /// <summary>Every rule and the org metrics.</summary>
    [Benchmark]
    public int AllRules() => HealthAnalyzer.AnalyzeHealth(_graph, SyntheticOrg.AsOf).Findings.Count;

    /// <summary>Every rule but stale and not started.</summary>
    [Benchmark]
    public int WithoutStaleRules() => HealthAnalyzer.AnalyzeHealth(_graph, SyntheticOrg.AsOf, WithoutCheckInRules).Findings.Count;
}
