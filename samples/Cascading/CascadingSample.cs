using System.Globalization;
using Okr.Core;

namespace Okr.Samples;

/// <summary>
/// The consultancy's three-level cascade: each level turns a key result from above into its own objective. Shows the
/// rolled-up tree, then what a check-in by the marketing manager moves, in the loose cascade of the data file (the
/// company's leads key result is measured on its own) and in the tight one (it is derived from the cascade below).
/// </summary>
public static class CascadingSample
{
    /// <summary>The day the sample looks from.</summary>
    public static readonly DateOnly AsOf = new(2026, 6, 30);

    /// <summary>The marketing manager's check-in: 8 of 10 lead magnets launched.</summary>
    public static readonly KeyResultCheckIn CheckIn = new("lead-magnets", new CheckIn { Date = new DateOnly(2026, 6, 1), Value = 8 });

    /// <summary>The chain from the marketing manager's key result up to the company objective.</summary>
    public static readonly string[] Chain = ["lead-magnets", "mql-growth", "mqls", "marketing", "leads", "strategy"];

    /// <summary>Reads the cascade (default <c>samples/data/consultancy-cascade.json</c>) and prints the story.</summary>
    public static int Run(TextWriter output, string? path = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        var graph = RollupTree.Load(path ?? SampleData.PathOf("consultancy-cascade.json"));
        output.WriteLine($"{graph.Set.Name}, as of {AsOf:yyyy-MM-dd}");
        output.WriteLine();
        RollupTree.Print(RollupEngine.Rollup(graph, AsOf), output);

        output.WriteLine();
        output.WriteLine("The marketing manager checks in 8 of 10 lead magnets (loose cascade: 'leads' is measured on its own):");
        Tell(graph, output);

        var set = graph.Set;
        var tight = set with { KeyResults = [.. set.KeyResults.Select(k => k.Id == "leads" ? k with { Derived = true } : k)] };
        output.WriteLine();
        output.WriteLine("The same check-in in the tight cascade ('leads' derived from the head of marketing's objective):");
        Tell(tight.Compile().ThrowIfFailed(), output);
        return 0;
    }

    private static void Tell(OkrGraph graph, TextWriter output)
    {
        var state = RollupEngine.CreateRollupState(graph, AsOf);
        var before = Chain.Select(id => state[id].Progress).ToArray();
        state.ApplyCheckIns([CheckIn]);
        for (var i = 0; i < Chain.Length; i++)
        {
            var after = state[Chain[i]].Progress;
            var change = before[i] == after ? "unchanged" : "moved";
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {Chain[i],-13} {RollupTree.Percent(before[i]),7} -> {RollupTree.Percent(after),7}  {change}, {RollupTree.Describe(state[Chain[i]].Provenance)}"));
        }
    }
}
