using BenchmarkDotNet.Attributes;

namespace Okr.Core.Benchmarks;

/// <summary><c>set.Compile()</c> against the hand-written floor of a compile from string ids (<see cref="CompileFloor"/>).</summary>
[MemoryDiagnoser]
public class CompileBenchmarks
{
    private OkrSet _set = null!;

    [ParamsSource(nameof(Sizes))]
    public int Objectives { get; set; }

    public static IEnumerable<int> Sizes() => Orgs.Sizes();

    [GlobalSetup]
    public void Setup() => _set = Orgs.Set(Objectives);

    /// <summary>The floor: an id dictionary, resolved edges, Kahn's order and renumbered CSR arrays; no validation.</summary>
    [Benchmark(Baseline = true)]
    public int Floor() => CompileFloor.Build(_set);

    /// <summary>Compile from the model with string ids, including every validation and the cycle check.</summary>
    [Benchmark]
    public OkrGraph Compile() => _set.Compile().ThrowIfFailed();
}
