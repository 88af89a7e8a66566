using System.Globalization;

namespace Okr.Core.Tests.Support;

/// <summary>
/// Small random org graphs for the rollup properties: up to a dozen objectives with 0 to 4 key results of every
/// measure kind (some not measured), every progress source, alignments of every kind to lower-numbered objectives or
/// their key results (so the graph is a DAG with shared children), weights including 0, derived key results, and
/// optionally strategies and manual overrides. One seed, one set.
/// </summary>
public static class RollupGen
{
    public static readonly Period Quarter = Period.Quarter(2026, 1);
    public static readonly DateOnly AsOf = new(2026, 2, 15);

    private static readonly string[] StrategyNames = ["weightedMean", "mean", "minimum", "sum"];

    public static OkrSet Generate(int seed, bool strategies = true, bool manual = true, string? onlyStrategy = null)
    {
        var random = new Random(seed);
        var objectives = new List<Objective>();
        var keyResults = new List<KeyResult>();
        var alignments = new List<Alignment>();
        var n = 1 + random.Next(12);
        var keyResultsOf = new List<List<string>>();
        for (var i = 0; i < n; i++)
        {
            var id = "o" + i.ToString(CultureInfo.InvariantCulture);
            objectives.Add(new Objective
            {
                Id = id,
                Title = "Objective " + id,
                OwnerIds = ["team"],
                PeriodId = Quarter.Id,
                ProgressSource = (ProgressSource)random.Next(3),
                Strategy = onlyStrategy ?? (strategies && random.Next(3) == 0 ? StrategyNames[random.Next(StrategyNames.Length)] : null),
                WeightByTarget = strategies && random.Next(6) == 0,
                ManualProgress = manual && random.Next(10) == 0 ? random.Next(0, 13) / 10.0 : null,
            });
            var mine = new List<string>();
            var count = random.Next(5);
            for (var k = 0; k < count; k++)
            {
                var krId = id + "-kr" + k.ToString(CultureInfo.InvariantCulture);
                keyResults.Add(MakeKeyResult(random, krId, id));
                mine.Add(krId);
            }
            keyResultsOf.Add(mine);
            // Align to 0-2 lower-numbered objectives (or their key results).
            if (i == 0) continue;
            var parents = random.Next(3);
            var used = new HashSet<string>();
            for (var p = 0; p < parents; p++)
            {
                var parent = random.Next(i);
                var weight = random.Next(5) switch { 0 => 0, 1 => 0.5, 2 => 2, 3 => 3, _ => 1 };
                var roll = random.Next(4);
                string target;
                AlignmentKind kind;
                if (roll == 0 && keyResultsOf[parent].Count > 0)
                {
                    target = keyResultsOf[parent][random.Next(keyResultsOf[parent].Count)];
                    kind = random.Next(2) == 0 ? AlignmentKind.Cascaded : AlignmentKind.Shared;
                }
                else
                {
                    target = objectives[parent].Id;
                    kind = (AlignmentKind)(1 + random.Next(3)); // localized, bottom-up, shared
                }
                if (!used.Add(target)) continue;
                alignments.Add(new Alignment { ChildId = id, ParentId = target, Kind = kind, Weight = weight });
            }
        }
        // Derive some key results that have cascaded children.
        var fed = alignments.Where(a => a.Kind == AlignmentKind.Cascaded).Select(a => a.ParentId).ToHashSet();
        for (var i = 0; i < keyResults.Count; i++)
        {
            if (fed.Contains(keyResults[i].Id) && random.Next(2) == 0) keyResults[i] = keyResults[i] with { Derived = true };
        }
        return new OkrSet
        {
            Name = "Random org " + seed.ToString(CultureInfo.InvariantCulture),
            Owners = [new Owner { Id = "team", Kind = OwnerKind.Team }],
            Periods = [Quarter],
            Objectives = objectives,
            KeyResults = keyResults,
            Alignments = alignments,
        };
    }

    private static KeyResult MakeKeyResult(Random random, string id, string objectiveId)
    {
        Measure measure;
        var checkIns = new List<CheckIn>();
        switch (random.Next(6))
        {
            case 0:
                measure = random.Next(2) == 0 ? Measure.AtLeast(50) : Measure.AtMost(50);
                AddCheckIns(random, checkIns, () => random.Next(0, 101));
                break;
            case 1:
                var steps = new Milestone[1 + random.Next(3)];
                for (var s = 0; s < steps.Length; s++)
                    steps[s] = new Milestone { Title = "Step " + s.ToString(CultureInfo.InvariantCulture), Weight = 1 + random.Next(3), Done = random.Next(2) == 0 };
                measure = Measure.Milestones(steps);
                break;
            case 2:
                measure = Measure.Baseline();
                break;
            default:
                var start = random.Next(0, 100);
                var target = random.Next(2) == 0 ? start + 1 + random.Next(200) : start - 1 - random.Next(start + 1);
                measure = Measure.Metric(start, target);
                if (random.Next(5) != 0) AddCheckIns(random, checkIns, () => start + (target - start) * (random.Next(-20, 141) / 100.0));
                break;
        }
        return new KeyResult
        {
            Id = id,
            Title = "Key result " + id,
            ObjectiveId = objectiveId,
            OwnerId = "team",
            Measure = measure,
            Weight = random.Next(4) switch { 0 => 0, 1 => 2, _ => 1 },
            CheckIns = checkIns,
        };
    }

    private static void AddCheckIns(Random random, List<CheckIn> checkIns, Func<double> value)
    {
        var count = random.Next(4);
        var day = Quarter.Start;
        for (var c = 0; c < count; c++)
        {
            day = day.AddDays(1 + random.Next(30));
            if (!Quarter.Contains(day)) break;
            checkIns.Add(new CheckIn { Date = day, Value = Math.Round(value(), 2) });
        }
    }

    /// <summary>The node's counted, measured inputs: (input index, effective weight before target scaling).</summary>
    public static IEnumerable<(int Input, double Weight)> CountedMeasuredInputs(RollupResult result, int node)
    {
        var graph = result.Graph;
        ProgressSource? source = graph.Nodes[node].Kind == NodeKind.Objective ? graph.GetObjective(node).ProgressSource : null;
        foreach (var edge in graph.Nodes[node].InputEdges)
        {
            var fromKeyResult = edge.Kind is EdgeKind.KeyResult or EdgeKind.LinkedKeyResult;
            var counts = edge.Weight > 0 && (source is null ? !fromKeyResult : source == ProgressSource.Both || (source == ProgressSource.KeyResults) == fromKeyResult);
            if (counts && result[edge.Child].Progress is not null) yield return (edge.Child.Index, edge.Weight);
        }
    }

    /// <summary>Whether the node is computed from inputs by the rollup (an objective without manual progress, or a derived key result).</summary>
    public static bool IsComputed(OkrGraph graph, int node) => graph.Nodes[node].Kind == NodeKind.Objective
        ? graph.GetObjective(node).ManualProgress is null
        : graph.GetKeyResult(node).Derived;
}
