using System.Collections.Concurrent;
using System.Globalization;
using Okr.Core.Tests.Support;

namespace Okr.Core.Benchmarks;

/// <summary>The org sizes to run and a cache of generated orgs, so each size is generated once per process.</summary>
public static class Orgs
{
    private static readonly ConcurrentDictionary<int, OkrSet> Sets = new();
    private static readonly ConcurrentDictionary<int, OkrGraph> Graphs = new();

    /// <summary>Objective counts from OKR_BENCH_SIZES (comma separated), default 10k, 100k, 1M.</summary>
    public static IEnumerable<int> Sizes()
    {
        var text = Environment.GetEnvironmentVariable("OKR_BENCH_SIZES");
        return string.IsNullOrWhiteSpace(text)
            ? [10_000, 100_000, 1_000_000]
            : text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(s => int.Parse(s, CultureInfo.InvariantCulture));
    }

    /// <summary>The synthetic org of the shape design.md names: 3 key results each, fan-out 5, 5% extra parents.</summary>
    public static OkrSet Set(int objectives) => Sets.GetOrAdd(objectives, n => SyntheticOrg.Generate(new SyntheticOrgOptions { Objectives = n }));

    /// <summary>The compiled graph of <see cref="Set"/>.</summary>
    public static OkrGraph Graph(int objectives) => Graphs.GetOrAdd(objectives, n => Set(n).Compile().ThrowIfFailed());
}
