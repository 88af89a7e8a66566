using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Okr.Core.Tests.Arbitraries;

namespace Okr.Core.Tests.Rollup;

/// <summary>
/// The rollup invariants of the design contract, one property each, over generated orgs (Arbitraries/OrgArbitraries):
/// a failure shrinks to a small org printed one line per objective, key result and alignment. Tolerance 1e-9.
/// Each property classifies the cases that exercise it, and a Coverage_ fact asserts the generator produces them.
/// </summary>
[Properties(Arbitrary = new[] { typeof(OrgArbitraries), typeof(CheckInScript) })]
public sealed class RollupPropertyTests
{
    private const double Tolerance = 1e-9;
    private const int Runs = 200;
    private static readonly DateOnly AsOf = Org.AsOf;

    private static RollupResult Roll(OkrSet set, RollupOptions? options = null) =>
        RollupEngine.Rollup(set.Compile().ThrowIfFailed(), AsOf, options);

    [OkrProperty(Runs = Runs)]
    public Property Bounded_EachComputedValue_LiesWithinItsMeasuredInputsAndTheClampRange(Org org)
    {
        var result = Roll(org.Set);
        var graph = result.Graph;
        var spread = false;
        for (var v = 0; v < graph.NodeCount; v++)
        {
            if (result.At(v).Progress is not { } p) continue;
            if (p < -Tolerance || p > 1 + Tolerance) return False($"{graph.Nodes[v].Id} = {p} outside [0, 1]");
            if (!IsComputed(graph, v)) continue;
            var inputs = CountedMeasuredInputs(result, v).Select(i => result.At(i.Input).Progress!.Value).ToList();
            if (inputs.Count == 0 || p < inputs.Min() - Tolerance || p > inputs.Max() + Tolerance)
                return False($"{graph.Nodes[v].Id} = {p} outside its inputs [{string.Join(", ", inputs)}]");
            spread |= inputs.Count >= 2 && inputs.Max() - inputs.Min() > Tolerance;
        }
        return true.Classify(spread, "a computed node between different inputs");
    }

    [OkrProperty(Runs = Runs)]
    public Property Bounded_WithOverAchievement_ValuesStayWithinZeroAndTheCap(Org org)
    {
        var options = RollupOptions.Default with { Scoring = ScoringOptions.Default with { OverAchievementCap = 1.3 } };
        var nodes = Roll(org.Set, options).Nodes;
        return nodes.All(n => n.Progress is null || (n.Progress >= -Tolerance && n.Progress <= 1.3 + Tolerance))
            .Classify(nodes.Any(n => n.Progress > 1 + Tolerance), "some node over 1");
    }

    /// <summary>Already measured, not derived metric key results without a check-in on the as-of day: the ones a move toward the target applies to.</summary>
    private static List<KeyResult> Movable(Org org, RollupState state) =>
        [.. org.KeyResults.Where(k => k.Measure is MetricMeasure && !k.Derived && state[k.Id].Progress is not null && k.CheckIns.All(c => c.Date != AsOf))];

    [OkrProperty(Runs = Runs)]
    public Property Monotone_MovingAKeyResultTowardItsTarget_NeverLowersAnyNode(Org org, NonNegativeInt pick, NonNegativeInt percent)
    {
        var graph = org.Compile();
        var before = RollupEngine.CreateRollupState(graph, AsOf);
        // Already measured metric key results: a key result that becomes measured joins its parents' means, which
        // may lower them; that is new information, not movement toward a target.
        var metrics = Movable(org, before);
        if (metrics.Count == 0) return true.Classify(true, "vacuous: nothing to move");
        var kr = metrics[pick.Get % metrics.Count];
        var m = (MetricMeasure)kr.Measure;
        // A check-in on the as-of day at or beyond the current value, toward the target.
        var current = Scorer.ValueAsOf(kr, AsOf) ?? m.Start;
        var moved = current + (m.Target - m.Start) * (percent.Get % 60) / 100.0;
        var after = RollupEngine.CreateRollupState(graph, AsOf);
        after.ApplyCheckIn(kr.Id, new CheckIn { Date = AsOf, Value = moved });
        for (var v = 0; v < graph.NodeCount; v++)
        {
            var b = before.At(v).Progress;
            var a = after.At(v).Progress;
            if (b is null) continue;                  // becoming measured is not "lowering"
            if (a is null || a < b - Tolerance) return False($"moving {kr.Id} to {moved} lowered {graph.Nodes[v].Id} from {b} to {a}");
        }
        return true.Classify(false, "vacuous: nothing to move");
    }

    [Fact]
    public void Coverage_Monotone_MostOrgsHaveAMeasuredMetricKeyResultToMove()
        => Coverage.AtLeast(0.5, OrgArbitraries.Org(), org => Movable(org, RollupEngine.CreateRollupState(org.Compile(), AsOf)).Count > 0,
            "a measured metric key result to move");

    private static readonly double[] Factors = [0.1, 0.5, 3, 7.25, 1000];

    [OkrProperty(Runs = Runs)]
    public Property WeightScaleInvariant_MultiplyingEveryWeightIntoOneObjective_ChangesNothing(Org org, NonNegativeInt pick, NonNegativeInt factor)
    {
        // Objectives on either end of a link are left out: a linked key result carries its own weight into both its
        // objective and the one linking it, so "every weight into one objective" cannot be scaled alone there.
        var linked = org.Objectives.SelectMany(o => o.LinkedKeyResultIds).ToHashSet();
        var targets = org.Objectives.Where(o => o.LinkedKeyResultIds.Count == 0 && !org.KeyResults.Any(k => k.ObjectiveId == o.Id && linked.Contains(k.Id))).ToList();
        if (targets.Count == 0) return true.Classify(true, "vacuous: every objective has a link");
        var target = targets[pick.Get % targets.Count].Id;
        var c = Factors[factor.Get % Factors.Length];
        var scaled = org.Set with
        {
            KeyResults = [.. org.KeyResults.Select(k => k.ObjectiveId == target ? k with { Weight = k.Weight * c } : k)],
            Alignments = [.. org.Alignments.Select(a => a.ParentId == target ? a with { Weight = a.Weight * c } : a)],
        };
        var inputs = org.KeyResults.Count(k => k.ObjectiveId == target && k.Weight > 0) + org.Alignments.Count(a => a.ParentId == target && a.Weight > 0);
        return SameProgress(Roll(org.Set), Roll(scaled)).Classify(inputs >= 2, "the scaled objective has 2+ weighted inputs");
    }

    [Fact]
    public void Coverage_WeightScale_MostOrgsHaveAnObjectiveWithTwoWeightedInputs()
        => Coverage.AtLeast(0.5, OrgArbitraries.Org(),
            org => org.Objectives.Any(o => org.KeyResults.Count(k => k.ObjectiveId == o.Id && k.Weight > 0) + org.Alignments.Count(a => a.ParentId == o.Id && a.Weight > 0) >= 2),
            "an objective with two weighted inputs");

    [OkrProperty(Runs = Runs)]
    public Property OrderInvariant_ShufflingEveryList_ChangesNothing(Org org, int salt)
    {
        var shuffled = org.Set with
        {
            Objectives = Permute.By(salt, org.Objectives, o => o.Id),
            KeyResults = Permute.By(salt, org.KeyResults, k => k.Id),
            Alignments = Permute.By(salt, org.Alignments, a => a.ChildId + ">" + a.ParentId),
        };
        return SameProgress(Roll(org.Set), Roll(shuffled)).Classify(org.Alignments.Count >= 2, "2+ alignments to reorder");
    }

    [OkrProperty(Runs = Runs)]
    public Property SingleInput_AnObjectiveWhoseOnlyMeasuredInputIsX_HasProgressX(Org org)
    {
        var result = Roll(org.Set);
        var seen = 0;
        for (var v = 0; v < result.Graph.NodeCount; v++)
        {
            if (!IsComputed(result.Graph, v)) continue;
            var inputs = CountedMeasuredInputs(result, v).ToList();
            if (inputs.Count != 1) continue;
            seen++;
            if (Math.Abs(result.At(v).Progress!.Value - result.At(inputs[0].Input).Progress!.Value) > Tolerance)
                return False($"{result.Graph.Nodes[v].Id} = {result.At(v).Progress} but its only input {result.Graph.Nodes[inputs[0].Input].Id} = {result.At(inputs[0].Input).Progress}");
        }
        return true.Classify(seen == 0, "vacuous: no single-input node");
    }

    [Fact]
    public void Coverage_SingleInput_MostOrgsHaveANodeWithOneMeasuredInput()
        => Coverage.AtLeast(0.4, OrgArbitraries.Org(), org =>
        {
            var result = Roll(org.Set);
            return Enumerable.Range(0, result.Graph.NodeCount).Any(v => IsComputed(result.Graph, v) && CountedMeasuredInputs(result, v).Count() == 1);
        }, "a computed node with exactly one measured input");

    [OkrProperty(Runs = Runs)]
    public Property Minimum_AParentUnderMinimum_IsAtMostEachMeasuredInput(Org org)
    {
        var result = Roll(org.WithStrategy("minimum").Set);
        var several = false;
        for (var v = 0; v < result.Graph.NodeCount; v++)
        {
            if (result.Graph.Nodes[v].Kind != NodeKind.Objective || result.At(v).Progress is not { } p) continue;
            var inputs = CountedMeasuredInputs(result, v).ToList();
            several |= inputs.Count >= 2;
            if (inputs.Any(i => p > result.At(i.Input).Progress!.Value + Tolerance)) return False($"{result.Graph.Nodes[v].Id} = {p} is above an input");
        }
        return true.Classify(!several, "vacuous: no objective with 2+ measured inputs");
    }

    [Fact]
    public void Coverage_Minimum_MostOrgsHaveAnObjectiveWithTwoMeasuredInputs()
        => Coverage.AtLeast(0.4, OrgArbitraries.Org(), org =>
        {
            var result = Roll(org.WithStrategy("minimum").Set);
            return Enumerable.Range(0, result.Graph.NodeCount).Any(v => result.Graph.Nodes[v].Kind == NodeKind.Objective && CountedMeasuredInputs(result, v).Count() >= 2);
        }, "an objective with two measured inputs");

    [OkrProperty(Runs = Runs)]
    public Property Incremental_AfterAnySequenceOfCheckIns_EqualsAFullRollup(Org org, CheckInScript script)
    {
        var graph = org.Compile();
        var state = RollupEngine.CreateRollupState(graph, AsOf);
        var candidates = org.KeyResults.Where(k => !k.Derived).ToList();
        if (candidates.Count == 0) return true.Classify(true, "vacuous: no key result to check in");
        var applied = 0;
        foreach (var step in script.Batches)
        {
            var batch = new List<KeyResultCheckIn>();
            foreach (var c in step)
            {
                var kr = candidates[c.KeyResultPick % candidates.Count];
                var day = Org.Quarter.Start.AddDays(c.Day);
                var current = state.GetKeyResult(graph[kr.Id]);
                if (current.CheckIns.Any(x => x.Date == day) || batch.Any(x => x.KeyResultId == kr.Id && x.CheckIn.Date == day)) continue;
                batch.Add(new KeyResultCheckIn(kr.Id, new CheckIn { Date = day, Value = c.Value }));
            }
            state.ApplyCheckIns(batch);
            applied += batch.Count;
        }
        var full = RollupEngine.Rollup(state.ToSet().Compile().ThrowIfFailed(), AsOf);
        var snapshot = state.ToResult();
        var provenance = Enumerable.Range(0, graph.NodeCount).FirstOrDefault(v => full[graph.Nodes[v].Id].Provenance != snapshot.At(v).Provenance, -1);
        return (SameProgress(full, snapshot) && provenance < 0).Label(provenance < 0 ? "progress differs" : $"provenance of {graph.Nodes[provenance].Id} differs")
            .Classify(applied == 0, "vacuous: no check-in applied");
    }

    [Fact]
    public void Coverage_Incremental_MostOrgsHaveKeyResultsToCheckIn()
        => Coverage.AtLeast(0.7, OrgArbitraries.Org(), org => org.KeyResults.Any(k => !k.Derived), "a key result that takes check-ins");

    [OkrProperty(Runs = Runs)]
    public Property Conservation_TheSharesOfANodeOverItsParents_SumToOne(Org org)
    {
        var result = Roll(org.Set);
        var shared = false;
        for (var v = 0; v < result.Graph.NodeCount; v++)
        {
            var shares = result.GetShares(result.Graph.Nodes[v]);
            shared |= shares.Count >= 2;
            if (shares.Count > 0 && Math.Abs(shares.Sum(s => s.Share) - 1) > Tolerance) return False($"the shares of {result.Graph.Nodes[v].Id} sum to {shares.Sum(s => s.Share)}");
            if (shares.Any(s => s.Share <= 0)) return False($"{result.Graph.Nodes[v].Id} has a share <= 0");
        }
        return true.Classify(!shared, "vacuous: no node with 2+ parents sharing it");
    }

    [Fact]
    public void Coverage_Conservation_ManyOrgsHaveANodeSharedByTwoParents()
        => Coverage.AtLeast(0.15, OrgArbitraries.Org(), org =>
        {
            var result = Roll(org.Set);
            return result.Graph.Nodes.Any(n => result.GetShares(n).Count >= 2);
        }, "a node whose progress is shared by two parents");

    [OkrProperty(Runs = Runs)]
    public Property Conservation_NoDoubleCounting_TheMeasuredKeyResultsOfAnObjectiveContributeExactlyOne(Org org)
    {
        // Weighted means only and no manual overrides: every measured objective is then a convex combination of
        // the measured leaf key results below it, so their contributions to it sum to 1 however the paths share.
        var result = Roll(org.WithStrategy("weightedMean").Set);
        var graph = result.Graph;
        var totals = new double[graph.NodeCount];
        var leaves = new int[graph.NodeCount];
        for (var v = 0; v < graph.NodeCount; v++)
        {
            if (graph.Nodes[v].Kind != NodeKind.KeyResult || IsComputed(graph, v) || result.At(v).Progress is null) continue;
            foreach (var c in result.GetContributions(graph.Nodes[v]))
            {
                totals[c.Ancestor.Index] += c.Weight;
                leaves[c.Ancestor.Index]++;
            }
        }
        var mixed = false;
        for (var v = 0; v < graph.NodeCount; v++)
        {
            if (!IsComputed(graph, v) || result.At(v).Progress is null) continue;
            mixed |= leaves[v] >= 2;
            if (Math.Abs(totals[v] - 1) > 1e-9) return False($"the contributions to {graph.Nodes[v].Id} sum to {totals[v]}");
        }
        return true.Classify(!mixed, "vacuous: no node fed by 2+ measured leaves");
    }

    [Fact]
    public void Coverage_NoDoubleCounting_MostOrgsHaveANodeFedByTwoLeaves()
        => Coverage.AtLeast(0.4, OrgArbitraries.Org(), org =>
        {
            var result = Roll(org.WithStrategy("weightedMean").Set);
            var graph = result.Graph;
            var leaves = new int[graph.NodeCount];
            for (var v = 0; v < graph.NodeCount; v++)
            {
                if (graph.Nodes[v].Kind != NodeKind.KeyResult || IsComputed(graph, v) || result.At(v).Progress is null) continue;
                foreach (var c in result.GetContributions(graph.Nodes[v])) leaves[c.Ancestor.Index]++;
            }
            return leaves.Any(l => l >= 2);
        }, "a node fed by two measured leaf key results");

    private static Property False(string why) => false.Label(why);

    private static bool SameProgress(RollupResult a, RollupResult b)
    {
        foreach (var node in a.Nodes)
        {
            var other = b[node.Node.Id].Progress;
            if (node.Progress is null != other is null) return false;
            if (node.Progress is { } x && Math.Abs(x - other!.Value) > Tolerance) return false;
        }
        return true;
    }

    /// <summary>The node's counted, measured inputs: (input index, effective weight before target scaling).</summary>
    internal static IEnumerable<(int Input, double Weight)> CountedMeasuredInputs(RollupResult result, int node)
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
    internal static bool IsComputed(OkrGraph graph, int node) => graph.Nodes[node].Kind == NodeKind.Objective
        ? graph.GetObjective(node).ManualProgress is null
        : graph.GetKeyResult(node).Derived;
}
