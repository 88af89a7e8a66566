using BenchmarkDotNet.Attributes;
using Okr.Core.Interop;

namespace Okr.Core.Benchmarks;

/// <summary>
/// Okr.Core.Interop's CSV template at 100,000 rows (25,000 objectives with 3 key results each, the synthetic org's
/// shape): import with every check (cells, references, compile), and export. Run:
/// <c>dotnet run -c Release --project benchmarks/Okr.Core.Benchmarks -- --filter '*CsvBenchmarks*' --job short</c>.
/// </summary>
[MemoryDiagnoser]
public class CsvBenchmarks
{
    private OkrSet _set = null!;
    private string _csv = null!;

    /// <summary>Objective and key result rows in the sheet.</summary>
    [Params(100_000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _set = Orgs.Set(Rows / 4);
        _csv = OkrCsv.Export(_set);
        var rows = _set.Objectives.Count + _set.KeyResults.Count;
        if (rows != Rows) throw new InvalidOperationException($"The org has {rows} objective and key result rows, not {Rows}.");
    }

    /// <summary>Import the sheet: read every cell with Sep, check every reference, compile the set.</summary>
    [Benchmark(Baseline = true)]
    public int Import() => OkrCsv.Import(_csv).ThrowIfFailed().KeyResults.Count;

    /// <summary>Write the set as the template.</summary>
    [Benchmark]
    public int Export() => OkrCsv.Export(_set).Length;
}
