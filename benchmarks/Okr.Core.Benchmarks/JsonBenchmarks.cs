using System.Text.Json;
using BenchmarkDotNet.Attributes;

namespace Okr.Core.Benchmarks;

/// <summary>Reading and writing the okr/1 JSON document of the synthetic org.</summary>
[MemoryDiagnoser]
public class JsonBenchmarks
{
    private OkrSet _set = null!;
    private byte[] _document = null!;

    // A million objectives is about 1 GB of compact JSON: past the default 256 MiB limit, which exists for untrusted input.
    internal static readonly OkrJsonOptions Large = new() { MaxDocumentBytes = 2_000_000_000, Indented = false };

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

}

/// <summary>
/// Reading the okr/1 document of the synthetic org, against System.Text.Json's source-generated deserialisation of the
/// same bytes into plain DTOs (the baseline) and the bare <see cref="Utf8JsonReader"/> walking every token (the floor).
/// </summary>
[MemoryDiagnoser]
public class JsonReadBenchmarks
{
    private byte[] _document = null!;

    [ParamsSource(nameof(Sizes))]
    public int Objectives { get; set; }

    public static IEnumerable<int> Sizes() => Orgs.Sizes();

    [GlobalSetup]
    public void Setup()
    {
        using var stream = new MemoryStream();
        OkrJson.Write(Orgs.Set(Objectives), stream, JsonBenchmarks.Large);
        _document = stream.ToArray();
    }

    /// <summary>The baseline: the document into DTOs by the source generator, without validation or positions.</summary>
    [Benchmark(Baseline = true)]
    public int DtoRead() => JsonSerializer.Deserialize(_document, DtoContext.Default.DocumentDto)!.Objectives!.Count;

    /// <summary>The floor: every token of the document, and nothing made of it.</summary>
    [Benchmark]
    public long Tokenize()
    {
        var reader = new Utf8JsonReader(_document, new JsonReaderOptions { MaxDepth = 64 });
        long tokens = 0;
        while (reader.Read()) tokens++;
        return tokens;
    }

    /// <summary>Read the whole document from a stream, with every check.</summary>
    [Benchmark]
    public int Read()
    {
        using var stream = new MemoryStream(_document, writable: false);
        return OkrJson.Read(stream, JsonBenchmarks.Large).Objectives.Count;
    }
}
