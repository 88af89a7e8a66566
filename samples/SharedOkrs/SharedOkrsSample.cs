using System.Globalization;
using Okr.Core;

namespace Okr.Samples;

/// <summary>
/// Shared OKRs: a launch owned by product, marketing and support serves two company objectives. Each parent sees its
/// full progress; its influence is split so that nothing is counted twice, and the numbers show it.
/// </summary>
public static class SharedOkrsSample
{
    /// <summary>The day the sample looks from.</summary>
    public static readonly DateOnly AsOf = new(2026, 8, 15);

    /// <summary>The shared objective.</summary>
    public const string SharedId = "launch";

    /// <summary>Reads the example (default <c>samples/data/shared-cross-functional.json</c>) and prints the story.</summary>
    public static int Run(TextWriter output, string? path = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        var graph = RollupTree.Load(path ?? SampleData.PathOf("shared-cross-functional.json"));
        var result = RollupEngine.Rollup(graph, AsOf);
        output.WriteLine($"{graph.Set.Name}, as of {AsOf:yyyy-MM-dd}");
        output.WriteLine();
        RollupTree.Print(result, output);
        output.WriteLine();
        var shared = graph[SharedId];
        output.WriteLine($"'{SharedId}' is owned by {string.Join(", ", shared.Objective!.OwnerIds)} and serves {shared.Parents.Count} parents.");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Each parent sees its full progress, {RollupTree.Percent(result[SharedId].Progress)}; its influence is split:"));
        var shares = result.GetShares(graph[SharedId]);
        foreach (var share in shares)
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  share to {share.Parent.Id,-13} {share.Share:0.000}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  total                  {shares.Sum(s => s.Share):0.000}  (conserved: never more than once)"));
        output.WriteLine();
        output.WriteLine("What each measured key result contributes to each objective above it (per unit of its progress):");
        var totals = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var keyResult in graph.Set.KeyResults)
        {
            foreach (var c in result.GetContributions(graph[keyResult.Id]))
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {keyResult.Id,-16} -> {c.Ancestor.Id,-13} {c.Weight:0.000}"));
                totals[c.Ancestor.Id] = totals.GetValueOrDefault(c.Ancestor.Id) + c.Weight;
            }
        }
        output.WriteLine("Summed over the key results below it, every objective's contributions total 1:");
        foreach (var (ancestor, total) in totals.OrderBy(t => t.Key, StringComparer.Ordinal))
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {ancestor,-13} {total:0.000}"));
        return 0;
    }
}
