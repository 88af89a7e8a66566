using FsCheck;
using FsCheck.Fluent;
using Okr.Core.Tests.Support;

namespace Okr.Core.Tests.Rollup;

/// <summary>
/// The rollup invariants of the design contract, one property each, over random org graphs (Support/RollupGen):
/// 500 cases each. Tolerance 1e-9.
/// </summary>
public sealed class RollupPropertyTests
{
    private const double Tolerance = 1e-9;
    private static readonly Config Runs = Config.QuickThrowOnFailure.WithMaxTest(500);
    private static readonly Arbitrary<int> Seeds = Gen.Choose(0, int.MaxValue - 1).ToArbitrary();

    private static RollupResult Roll(OkrSet set, RollupOptions? options = null) =>
        RollupEngine.Rollup(set.Compile().ThrowIfFailed(), RollupGen.AsOf, options);

    private static void ForAllSeeds(Func<int, bool> property) => Check.One(Runs, Prop.ForAll(Seeds, property));

    [Fact]
    public void Bounded_each_computed_value_lies_within_its_measured_inputs_and_the_clamp_range()
    {
        ForAllSeeds(seed =>
        {
            var result = Roll(RollupGen.Generate(seed));
            var graph = result.Graph;
            for (var v = 0; v < graph.NodeCount; v++)
            {
                if (result.At(v).Progress is not { } p) continue;
                if (p < -Tolerance || p > 1 + Tolerance) return false;
                if (!RollupGen.IsComputed(graph, v)) continue;
                var inputs = RollupGen.CountedMeasuredInputs(result, v).Select(i => result.At(i.Input).Progress!.Value).ToList();
                if (inputs.Count == 0 || p < inputs.Min() - Tolerance || p > inputs.Max() + Tolerance) return false;
            }
            return true;
        });
    }

    [Fact]
    public void Bounded_with_over_achievement_values_stay_within_zero_and_the_cap()
    {
        var options = RollupOptions.Default with { Scoring = ScoringOptions.Default with { OverAchievementCap = 1.3 } };
        ForAllSeeds(seed => Roll(RollupGen.Generate(seed), options).Nodes
            .All(n => n.Progress is null || (n.Progress >= -Tolerance && n.Progress <= 1.3 + Tolerance)));
    }

    [Fact]
    public void Monotone_moving_a_key_result_toward_its_target_never_lowers_any_node()
    {
        ForAllSeeds(seed =>
        {
            var set = RollupGen.Generate(seed);
            var graph = set.Compile().ThrowIfFailed();
            var before = RollupEngine.CreateRollupState(graph, RollupGen.AsOf);
            // Already measured metric key results: a key result that becomes measured joins its parents' means, which
            // may lower them; that is new information, not movement toward a target.
            var metrics = set.KeyResults.Where(k => k.Measure is MetricMeasure && !k.Derived && before[k.Id].Progress is not null).ToList();
            if (metrics.Count == 0) return true;
            var random = new Random(seed);
            var pick = metrics[random.Next(metrics.Count)];
            var m = (MetricMeasure)pick.Measure;
            // A check-in on the as-of day at or beyond the current value, toward the target.
            var current = Scorer.ValueAsOf(pick, RollupGen.AsOf) ?? m.Start;
            var moved = current + (m.Target - m.Start) * random.Next(0, 60) / 100.0;
            if (pick.CheckIns.Any(c => c.Date == RollupGen.AsOf)) return true;
            var after = RollupEngine.CreateRollupState(graph, RollupGen.AsOf);
            after.ApplyCheckIn(pick.Id, new CheckIn { Date = RollupGen.AsOf, Value = moved });
            for (var v = 0; v < graph.NodeCount; v++)
            {
                var b = before.At(v).Progress;
                var a = after.At(v).Progress;
                if (b is null) continue;                  // becoming measured is not "lowering"
                if (a is null || a < b - Tolerance) return false;
            }
            return true;
        });
    }

    [Fact]
    public void Weight_scale_invariant_multiplying_every_weight_into_one_objective_changes_nothing()
    {
        ForAllSeeds(seed =>
        {
            var set = RollupGen.Generate(seed);
            var random = new Random(seed);
            var target = set.Objectives[random.Next(set.Objectives.Count)].Id;
            var c = new[] { 0.1, 0.5, 3, 7.25, 1000 }[random.Next(5)];
            var scaled = set with
            {
                KeyResults = [.. set.KeyResults.Select(k => k.ObjectiveId == target ? k with { Weight = k.Weight * c } : k)],
                Alignments = [.. set.Alignments.Select(a => a.ParentId == target ? a with { Weight = a.Weight * c } : a)],
            };
            return SameProgress(Roll(set), Roll(scaled));
        });
    }

    [Fact]
    public void Order_invariant_shuffling_every_list_changes_nothing()
    {
        ForAllSeeds(seed =>
        {
            var set = RollupGen.Generate(seed);
            var random = new Random(seed);
            var shuffled = set with
            {
                Objectives = Shuffle(set.Objectives, random),
                KeyResults = Shuffle(set.KeyResults, random),
                Alignments = Shuffle(set.Alignments, random),
            };
            return SameProgress(Roll(set), Roll(shuffled));
        });
    }

    [Fact]
    public void Single_input_an_objective_whose_only_measured_input_is_x_has_progress_x()
    {
        ForAllSeeds(seed =>
        {
            var result = Roll(RollupGen.Generate(seed));
            for (var v = 0; v < result.Graph.NodeCount; v++)
            {
                if (!RollupGen.IsComputed(result.Graph, v)) continue;
                var inputs = RollupGen.CountedMeasuredInputs(result, v).ToList();
                if (inputs.Count != 1) continue;
                if (Math.Abs(result.At(v).Progress!.Value - result.At(inputs[0].Input).Progress!.Value) > Tolerance) return false;
            }
            return true;
        });
    }

    [Fact]
    public void Minimum_a_parent_under_minimum_is_at_most_each_measured_input()
    {
        ForAllSeeds(seed =>
        {
            var result = Roll(RollupGen.Generate(seed, manual: false, onlyStrategy: "minimum"));
            for (var v = 0; v < result.Graph.NodeCount; v++)
            {
                if (result.Graph.Nodes[v].Kind != NodeKind.Objective || result.At(v).Progress is not { } p) continue;
                if (RollupGen.CountedMeasuredInputs(result, v).Any(i => p > result.At(i.Input).Progress!.Value + Tolerance)) return false;
            }
            return true;
        });
    }

    [Fact]
    public void Incremental_equals_full_after_any_sequence_of_check_ins()
    {
        ForAllSeeds(seed =>
        {
            var set = RollupGen.Generate(seed);
            var graph = set.Compile().ThrowIfFailed();
            var state = RollupEngine.CreateRollupState(graph, RollupGen.AsOf);
            var random = new Random(seed);
            var candidates = set.KeyResults.Where(k => !k.Derived).ToList();
            if (candidates.Count == 0) return true;
            var steps = 1 + random.Next(8);
            for (var s = 0; s < steps; s++)
            {
                var batch = new List<KeyResultCheckIn>();
                var size = 1 + random.Next(3);
                for (var b = 0; b < size; b++)
                {
                    var kr = candidates[random.Next(candidates.Count)];
                    var day = RollupGen.Quarter.Start.AddDays(random.Next(80));
                    var current = state.GetKeyResult(graph[kr.Id]);
                    if (current.CheckIns.Any(c => c.Date == day) || batch.Any(x => x.KeyResultId == kr.Id && x.CheckIn.Date == day)) continue;
                    batch.Add(new KeyResultCheckIn(kr.Id, new CheckIn { Date = day, Value = random.Next(-50, 250) }));
                }
                state.ApplyCheckIns(batch);
            }
            var full = RollupEngine.Rollup(state.ToSet().Compile().ThrowIfFailed(), RollupGen.AsOf);
            var snapshot = state.ToResult();
            return SameProgress(full, snapshot)
                && Enumerable.Range(0, graph.NodeCount).All(v => full[graph.Nodes[v].Id].Provenance == snapshot.At(v).Provenance);
        });
    }

    [Fact]
    public void Conservation_the_shares_of_a_node_over_its_parents_sum_to_one()
    {
        ForAllSeeds(seed =>
        {
            var result = Roll(RollupGen.Generate(seed));
            for (var v = 0; v < result.Graph.NodeCount; v++)
            {
                var shares = result.GetShares(result.Graph.Nodes[v]);
                if (shares.Count > 0 && Math.Abs(shares.Sum(s => s.Share) - 1) > Tolerance) return false;
                if (shares.Any(s => s.Share <= 0)) return false;
            }
            return true;
        });
    }

    [Fact]
    public void Conservation_no_double_counting_the_measured_key_results_of_an_objective_contribute_exactly_one()
    {
        ForAllSeeds(seed =>
        {
            // Weighted means only and no manual overrides: every measured objective is then a convex combination of
            // the measured leaf key results below it, so their contributions to it sum to 1 however the paths share.
            var result = Roll(RollupGen.Generate(seed, manual: false, onlyStrategy: "weightedMean"));
            var graph = result.Graph;
            var totals = new double[graph.NodeCount];
            for (var v = 0; v < graph.NodeCount; v++)
            {
                if (graph.Nodes[v].Kind != NodeKind.KeyResult || RollupGen.IsComputed(graph, v) || result.At(v).Progress is null) continue;
                foreach (var c in result.GetContributions(result.Graph.Nodes[v])) totals[c.Ancestor.Index] += c.Weight;
            }
            for (var v = 0; v < graph.NodeCount; v++)
            {
                if (!RollupGen.IsComputed(graph, v) || result.At(v).Progress is null) continue;
                if (Math.Abs(totals[v] - 1) > 1e-9) return false;
            }
            return true;
        });
    }

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

    private static T[] Shuffle<T>(IReadOnlyList<T> items, Random random)
    {
        var array = items.ToArray();
        random.Shuffle(array);
        return array;
    }
}
