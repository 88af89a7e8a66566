using Okr.Core;

namespace Okr.Samples;

/// <summary>
/// The main job: load an org from a data file, roll it up as of a day and print the tree. By default the TechSolutions
/// quarter: the leaders' objective with four department key results, and bottom-up team and individual objectives,
/// one of them aligned for information only.
/// </summary>
public static class TeamOkrsSample
{
    /// <summary>The day the sample looks from.</summary>
    public static readonly DateOnly AsOf = new(2026, 2, 15);

    /// <summary>Reads <paramref name="path"/> (default <c>samples/data/techsolutions.json</c>), rolls it up and prints it.</summary>
    public static int Run(TextWriter output, string? path = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        var graph = RollupTree.Load(path ?? SampleData.PathOf("techsolutions.json"));
        var result = RollupEngine.Rollup(graph, AsOf);
        output.WriteLine($"{graph.Set.Name ?? "OKRs"}: {graph.ObjectiveCount} objectives, {graph.KeyResultCount} key results, as of {AsOf:yyyy-MM-dd}");
        output.WriteLine();
        RollupTree.Print(result, output);
        output.WriteLine();
        output.WriteLine("Alignments:");
        foreach (var edge in graph.Edges)
        {
            if (edge.Kind is EdgeKind.KeyResult or EdgeKind.LinkedKeyResult) continue;
            var parent = edge.Parent;
            var why = edge.Weight == 0
                ? "informational (weight 0): shown, never counted"
                : parent.Objective is { ProgressSource: ProgressSource.KeyResults }
                    ? $"contributing, but {parent.Id} takes its progress from its key results"
                    : parent.KeyResult is { Derived: false }
                        ? $"contributing, but {parent.Id} is measured on its own"
                        : $"counted in {parent.Id}";
            output.WriteLine($"  {edge.Child.Id} -> {parent.Id} ({edge.Kind}): {why}");
        }
        output.WriteLine();
        foreach (var root in graph.Roots)
            output.WriteLine($"{root.Id}: {RollupTree.Percent(result[root].Progress)}, {RollupTree.Describe(result[root].Status)}");
        return 0;
    }
}
