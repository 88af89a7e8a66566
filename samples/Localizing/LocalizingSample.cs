using System.Globalization;
using Okr.Core;

namespace Okr.Samples;

/// <summary>
/// Localizing: HR restates the company's growth objective at its own level with its own key results, and copies down
/// by reference the one company key result it is directly responsible for. That key result feeds both objectives.
/// </summary>
public static class LocalizingSample
{
    /// <summary>The day the sample looks from.</summary>
    public static readonly DateOnly AsOf = new(2026, 2, 15);

    /// <summary>Reads the HR example (default <c>samples/data/hr-localization.json</c>) and prints the story.</summary>
    public static int Run(TextWriter output, string? path = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        var graph = RollupTree.Load(path ?? SampleData.PathOf("hr-localization.json"));
        var result = RollupEngine.Rollup(graph, AsOf);
        output.WriteLine($"{graph.Set.Name}, as of {AsOf:yyyy-MM-dd}");
        output.WriteLine();
        RollupTree.Print(result, output);
        output.WriteLine();
        foreach (var objective in graph.Set.Objectives)
        {
            if (objective.LinkedKeyResultIds.Count == 0) continue;
            foreach (var linked in objective.LinkedKeyResultIds)
            {
                output.WriteLine($"'{linked}' is copied down by reference into '{objective.Id}': one key result, one value, two objectives.");
                foreach (var share in result.GetShares(graph[linked]))
                    output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  feeds {share.Parent.Id,-10} share of its influence {share.Share * 100:0}%"));
            }
        }
        output.WriteLine();
        output.WriteLine("Localized objectives restate the intent above and add their own key results:");
        foreach (var edge in graph.Edges.Where(e => e.Kind == EdgeKind.Localized))
            output.WriteLine($"  {edge.Child.Id} ({RollupTree.Percent(result[edge.Child].Progress)}) localizes {edge.Parent.Id} ({RollupTree.Percent(result[edge.Parent].Progress)})");
        return 0;
    }
}
