using System.Globalization;
using Okr.Core;

namespace Okr.Samples;

/// <summary>
/// Why strict cascading balloons: every key result of the level above becomes an objective one level down, with its
/// own key results, so the load multiplies by the number of key results per objective at every level. Localizing
/// (restating each objective above, not each key result) keeps the load flat.
/// </summary>
public static class BallooningSample
{
    /// <summary>Objectives at the top, key results per objective, and levels below the top.</summary>
    public const int TopObjectives = 3, KeyResultsPerObjective = 3, Levels = 4;

    /// <summary>The day the sample looks from: early in the quarter, so no check-in is overdue yet.</summary>
    public static readonly DateOnly AsOf = new(2026, 1, 5);

    /// <summary>Builds both orgs, prints the load per level side by side, the health findings, and a branch of each tree.</summary>
    public static int Run(TextWriter output)
    {
        var cascaded = Build(strictCascade: true).Compile().ThrowIfFailed();
        var localized = Build(strictCascade: false).Compile().ThrowIfFailed();
        var cascadedLoad = LoadPerLevel(cascaded);
        var localizedLoad = LoadPerLevel(localized);

        output.WriteLine($"{TopObjectives} top objectives x {KeyResultsPerObjective} key results, {Levels} levels, one owner per level");
        output.WriteLine();
        output.WriteLine("level | strict cascade: objectives  key results | localized: objectives  key results");
        output.WriteLine("------+---------------------------------------+-----------------------------------");
        for (var level = 0; level < Levels; level++)
        {
            var (co, ck) = cascadedLoad[level];
            var (lo, lk) = localizedLoad[level];
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{level + 1,5} | {co,26} {ck,12} | {lo,21} {lk,12}"));
        }
        output.WriteLine();
        var growth = (double)cascadedLoad[Levels - 1].KeyResults / cascadedLoad[Levels - 2].KeyResults;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Strict cascading multiplies the key results each level carries by {growth:0} ({KeyResultsPerObjective} per objective)."));
        output.WriteLine("Localizing restates each objective above once, so every level carries the same load.");
        output.WriteLine();
        output.WriteLine("What the health analysis says (OKR0504 is ballooning):");
        foreach (var (name, graph) in new[] { ("strict cascade", cascaded), ("localized", localized) })
        {
            var report = HealthAnalyzer.AnalyzeHealth(graph, AsOf);
            var ballooning = report.Findings.Count(f => f.Code == DiagnosticCodes.Ballooning);
            output.WriteLine($"  {name,-15} {(ballooning > 0 ? $"{ballooning} ballooning finding(s)" : "no ballooning")}");
        }
        foreach (var (name, graph, depth) in new[] { ("strict cascade", cascaded, 3), ("localized", localized, 7) })
        {
            output.WriteLine();
            output.WriteLine($"The {name} org under the first top objective, {(depth == 7 ? "all four levels" : "two levels of objectives")}:");
            TreePrinter.Print(graph, RollupTree.View(RollupEngine.Rollup(graph, AsOf)), output, [graph["L0-1"]], depth);
        }
        return 0;
    }

    /// <summary>Objectives and key results each level's owner carries (the owner of level L is "level-L").</summary>
    public static (int Objectives, int KeyResults)[] LoadPerLevel(OkrGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var load = new (int Objectives, int KeyResults)[Levels];
        foreach (var objective in graph.Set.Objectives) load[LevelOf(objective.OwnerIds[0])].Objectives++;
        foreach (var keyResult in graph.Set.KeyResults) load[LevelOf(keyResult.OwnerId!)].KeyResults++;
        return load;
    }

    private static int LevelOf(string ownerId) => int.Parse(ownerId.AsSpan("level-".Length), CultureInfo.InvariantCulture);

    /// <summary>
    /// The org: level 0 has the top objectives. With <paramref name="strictCascade"/>, each key result of level L
    /// becomes an objective of level L+1 (cascaded); otherwise each objective of level L is localized once at L+1.
    /// Objective ids are "L{level}-{n}".
    /// </summary>
    public static OkrSet Build(bool strictCascade)
    {
        var builder = new OkrSetBuilder()
            .WithName(strictCascade ? "Strict cascade" : "Localized")
            .AddPeriod(Period.Quarter(2026, 1));
        string? parentOwner = null;
        var previous = new List<string>();
        for (var level = 0; level < Levels; level++)
        {
            var owner = "level-" + level.ToString(CultureInfo.InvariantCulture);
            builder.AddOwner(owner, "Level " + (level + 1).ToString(CultureInfo.InvariantCulture), level == 0 ? OwnerKind.Company : OwnerKind.Team, parentOwner);
            parentOwner = owner;
            var parents = level == 0 ? Enumerable.Repeat<string?>(null, TopObjectives).ToList() : previous.Select(p => (string?)p).ToList();
            var current = new List<string>();
            var objectiveIds = new List<string>();
            for (var i = 0; i < parents.Count; i++)
            {
                var id = string.Create(CultureInfo.InvariantCulture, $"L{level}-{i + 1}");
                builder.AddObjective(id, $"Objective {id}", owner, "2026-Q1");
                objectiveIds.Add(id);
                if (parents[i] is { } parent)
                {
                    if (strictCascade) builder.Cascade(id, parent);
                    else builder.Localize(id, parent);
                }
                for (var k = 0; k < KeyResultsPerObjective; k++)
                {
                    var kr = string.Create(CultureInfo.InvariantCulture, $"{id}-kr{k + 1}");
                    // A made-up but repeatable current value between 20 and 79, so the trees below have numbers to roll up.
                    var value = 20 + (((i * KeyResultsPerObjective) + k + level) * 37 % 60);
                    builder.AddKeyResult(kr, $"Key result {kr}", id, Measure.Metric(0, 100, value, "%"), owner);
                    current.Add(kr);
                }
            }
            previous = strictCascade ? current : objectiveIds;
        }
        return builder.Build();
    }
}
