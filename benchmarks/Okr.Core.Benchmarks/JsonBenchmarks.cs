using BenchmarkDotNet.Attributes;

namespace Okr.Core.Benchmarks;

/// <summary>Reading and writing the okr/1 JSON document of the synthetic org.</summary>
[MemoryDiagnoser]
public class JsonBenchmarks
{
    private OkrSet _set = null!;
    private byte[] _document = null!;

    // A million objectives is about 1 GB of compact JSON: past the default 256 MiB limit, which exists for untrusted input.
    private static readonly OkrJsonOptions Large = new() { MaxDocumentBytes = 2_000_000_000, Indented = false };

    [ParamsSource(nameof(Sizes))]
    public int Objectives { get; set; }

    public static IEnumerable<int> Sizes() => Orgs.Sizes();

    [GlobalSetup]
    public void Setup()
    {
        _set = Orgs.Set(Objectives);
        using var stream = new MemoryStream();
        OkrJson.Write(_set, stream, Large);
        _document = stream.ToArray();
    }

    /// <summary>Write the whole set to a stream.</summary>
    [Benchmark]
    public long Write()
    {
        using var stream = new MemoryStream(_document.Length);
        OkrJson.Write(_set, stream, Large);
        return stream.Length;
    }

    /// <summary>Read the whole document from a stream, with every check.</summary>
    [Benchmark]
    public int Read()
    {
        using var stream = new MemoryStream(_document, writable: false);
        return OkrJson.Read(stream, Large).Objectives.Count;
    }
}
