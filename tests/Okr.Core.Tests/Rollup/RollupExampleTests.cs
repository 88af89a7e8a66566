using Okr.Core.Tests.Support;

namespace Okr.Core.Tests.Rollup;

/// <summary>The rollup on the worked examples of the domain notes, with the numbers worked by hand. Tolerance 1e-9.</summary>
public sealed class RollupExampleTests
{
    private const double Tolerance = 1e-9;
    private static readonly DateOnly Day = WorkedExamples.MidQuarter;

    private static OkrGraph Compile(OkrSet set) => set.Compile().ThrowIfFailed();

    [Fact]
    public void TechSolutions_company_objective_is_the_mean_of_its_four_department_key_results()
    {
        var result = RollupEngine.Rollup(Compile(WorkedExamples.TechSolutions()), Day);
        // bugs 0.5, satisfaction 0.5, retention 0.25, automated tests 0: (0.5 + 0.5 + 0.25 + 0) / 4.
        Assert.Equal(0.3125, result["quality"].Progress!.Value, Tolerance);
        Assert.Equal(Provenance.Derived, result["quality"].Provenance);
        Assert.Equal(Provenance.Measured, result["bugs"].Provenance);
        // The mobile team's objective: rating (4.38 - 4.2) / 0.3 = 0.6, crashes 0.5, features 2 of 4 = 0.5.
        Assert.Equal((0.6 + 0.5 + 0.5) / 3, result["mobile-app"].Progress!.Value, Tolerance);
        // The company objective takes its progress from key results only (the default source): the bottom-up
        // objective is aligned, but does not move the number.
        var withChildren = WorkedExamples.TechSolutions() with
        {
            Objectives = [.. WorkedExamples.TechSolutions().Objectives.Select(o => o.Id == "quality" ? o with { ProgressSource = ProgressSource.Both } : o)],
        };
        var both = RollupEngine.Rollup(Compile(withChildren), Day);
        Assert.Equal((0.5 + 0.5 + 0.25 + 0 + (0.6 + 0.5 + 0.5) / 3) / 5, both["quality"].Progress!.Value, Tolerance);
    }

    [Fact]
    public void TechSolutions_statuses_and_grades_follow_the_calendar_and_the_commitment()
    {
        var result = RollupEngine.Rollup(Compile(WorkedExamples.TechSolutions()), Day);
        var quality = result["quality"];
        // 15 February is day 45 of a 89-day span: expected 45/89 = 0.5056; the gap 0.1931 is behind, not at risk.
        Assert.Equal(45.0 / 89, quality.ExpectedProgress, Tolerance);
        Assert.Equal(ProgressStatus.Behind, quality.Status);
        Assert.Equal(Grade.Red, quality.Grade); // committed: red below 0.4
        Assert.Equal(ProgressStatus.NoData, RollupEngine.Rollup(Compile(Unmeasured()), Day)["o"].Status);
    }

    [Fact]
    public void Results_answer_by_id_exactly_as_by_index()
    {
        var result = RollupEngine.Rollup(Compile(WorkedExamples.TechSolutions()), Day);
        // The company objective by id: 0.3125, rolled up, behind, red (committed).
        Assert.Equal(0.3125, result["quality"].RawProgress!.Value, Tolerance);
        Assert.Equal(Provenance.Derived, result["quality"].Provenance);
        Assert.Equal(ProgressStatus.Behind, result["quality"].Status);
        Assert.Equal(Grade.Red, result["quality"].Grade);
        foreach (var node in result.Graph.Nodes)
        {
            Assert.Equal(result.At(node.Index).RawProgress, result[node.Id].RawProgress);
            Assert.Equal(result.At(node.Index).Provenance, result[node.Id].Provenance);
            Assert.Equal(result.At(node.Index).Status, result[node.Id].Status);
            Assert.Equal(result.At(node.Index).Grade, result[node.Id].Grade);
        }
        var unknown = Assert.Throws<KeyNotFoundException>(() => result["no-such-okr"].Status);
        Assert.Contains("'no-such-okr'", unknown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_state_answers_by_id_with_the_check_ins_applied_so_far()
    {
        var state = RollupEngine.CreateRollupState(Compile(DerivedCascade()), new DateOnly(2026, 6, 30));
        var before = state.GetKeyResult(state.Graph["lead-magnets"]).CheckIns.Count;
        state.ApplyCheckIn("lead-magnets", new CheckIn { Date = new DateOnly(2026, 6, 1), Value = 8 });
        var after = state.GetKeyResult(state.Graph["lead-magnets"]);
        Assert.Equal(before + 1, after.CheckIns.Count);
        Assert.Equal(8, after.CheckIns[^1].Value);
        Assert.Same(after, state.GetKeyResult(state.Graph["lead-magnets"]));
        Assert.Equal(Provenance.Derived, state["leads"].Provenance); // a derived key result
        Assert.Throws<InvalidOperationException>(() => state.GetKeyResult(state.Graph["strategy"])); // an objective
        Assert.Throws<KeyNotFoundException>(() => state["no-such-okr"].Provenance);
    }

    /// <summary>The consultancy cascade with the cascaded key results derived from the objectives made from them.</summary>
    private static OkrSet DerivedCascade()
    {
        var set = WorkedExamples.ConsultancyCascade();
        return set with
        {
            KeyResults = [.. set.KeyResults.Select(k => k.Id is "leads" or "mqls" or "email-list" ? k with { Derived = true } : k)],
        };
    }

    [Fact]
    public void Consultancy_cascade_three_levels_deep_with_derived_key_results()
    {
        var result = RollupEngine.Rollup(Compile(DerivedCascade()), new DateOnly(2026, 6, 30));
        // Marketing manager: MQL growth = (6/10 + 3/10) / 2 = 0.45; list growth = (9/15 + 0) / 2 = 0.3.
        Assert.Equal(0.45, result["mql-growth"].Progress!.Value, Tolerance);
        Assert.Equal(0.3, result["list-growth"].Progress!.Value, Tolerance);
        // Their key results above are derived from them.
        Assert.Equal(0.45, result["mqls"].Progress!.Value, Tolerance);
        Assert.Equal(Provenance.Derived, result["mqls"].Provenance);
        // Head of marketing: email list 0.3, assistants 1/2, NPS 61 < 65 -> 0, MQLs 0.45, events 2/5 -> 1.65 / 5.
        Assert.Equal(0.33, result["marketing"].Progress!.Value, Tolerance);
        Assert.Equal(0.33, result["leads"].Progress!.Value, Tolerance);
        // Company: leads 0.33, partners (7-4)/(10-4) = 0.5, retention met, collaboration done, new product 0.2.
        Assert.Equal(3.03 / 5, result["strategy"].Progress!.Value, Tolerance);
    }

    [Fact]
    public void Consultancy_cascade_without_derived_key_results_leaves_them_not_measured_and_out_of_the_mean()
    {
        var result = RollupEngine.Rollup(Compile(WorkedExamples.ConsultancyCascade()), new DateOnly(2026, 6, 30));
        Assert.Null(result["leads"].Progress);
        Assert.Equal(Provenance.NotMeasured, result["leads"].Provenance);
        // partners 0.5, retention 1, collaboration 1, new product 0.2: the unmeasured leads key result is left out, not 0.
        Assert.Equal(2.7 / 4, result["strategy"].Progress!.Value, Tolerance);
    }

    [Fact]
    public void A_check_in_by_the_marketing_manager_moves_the_company_objective_through_three_levels()
    {
        var graph = Compile(DerivedCascade());
        var day = new DateOnly(2026, 6, 30);
        var state = RollupEngine.CreateRollupState(graph, day);
        state.ApplyCheckIn("lead-magnets", new CheckIn { Date = new DateOnly(2026, 6, 1), Value = 8 });
        // MQL growth (0.8 + 0.3) / 2 = 0.55 -> marketing (0.3 + 0.5 + 0 + 0.55 + 0.4) / 5 = 0.35
        // -> company (0.35 + 0.5 + 1 + 1 + 0.2) / 5 = 0.61.
        Assert.Equal(0.55, state["mql-growth"].Progress!.Value, Tolerance);
        Assert.Equal(0.35, state["marketing"].Progress!.Value, Tolerance);
        Assert.Equal(0.61, state["strategy"].Progress!.Value, Tolerance);
        // The same numbers as a full rollup of the updated set.
        var full = RollupEngine.Rollup(state.ToSet().Compile().ThrowIfFailed(), day);
        Assert.Equal(full["strategy"].Progress!.Value, state["strategy"].Progress!.Value, Tolerance);
    }

    [Fact]
    public void Hr_localization_feeds_a_copied_down_key_result_to_both_objectives()
    {
        var result = RollupEngine.Rollup(Compile(WorkedExamples.HrLocalization()), Day);
        // Growth: revenue (1.08M - 1.0M) / 0.2M = 0.4, new customers 18/40 = 0.45.
        Assert.Equal(0.425, result["growth"].Progress!.Value, Tolerance);
        // HR: hires 3/6 = 0.5, time to offer (24 - 30) / (15 - 30) = 0.4, and the linked new-customers key result 0.45.
        Assert.Equal(0.45, result["hr-growth"].Progress!.Value, Tolerance);
        // The linked key result serves two objectives: its influence splits between them.
        var shares = result.GetShares(result.Graph["new-customers"]);
        Assert.Equal(2, shares.Count);
        Assert.Equal(1.0, shares.Sum(s => s.Share), Tolerance);
    }

    private static OkrSet SalesTargets(bool weightByTarget, string? strategy = null) => new OkrSetBuilder()
        .AddOwner("sales", "Sales", OwnerKind.Department)
        .AddPeriod(Period.Quarter(2026, 1))
        .AddObjective(new Objective { Id = "sales", Title = "Sell across all regions", OwnerIds = ["sales"], PeriodId = "2026-Q1", WeightByTarget = weightByTarget, Strategy = strategy })
        .AddKeyResult("north", "North sells 100k", "sales", Measure.Metric(0, 100_000, current: 50_000, unit: "EUR"), "sales")
        .AddKeyResult("south", "South sells 20k", "sales", Measure.Metric(0, 20_000, current: 20_000, unit: "EUR"), "sales")
        .AddKeyResult("online", "Online sells 1k", "sales", Measure.Metric(0, 1_000, current: 0, unit: "EUR"), "sales")
        .Build();

    [Fact]
    public void Sales_targets_weighted_by_target_size_weigh_82_6_16_5_and_0_8_percent()
    {
        var result = RollupEngine.Rollup(Compile(SalesTargets(weightByTarget: true)), Day);
        var contributions = new[] { "north", "south", "online" }
            .Select(id => result.GetContributions(result.Graph[id]).Single(c => c.Ancestor.Id == "sales").Weight)
            .ToArray();
        Assert.Equal(100.0 / 121, contributions[0], Tolerance); // 0.826
        Assert.Equal(20.0 / 121, contributions[1], Tolerance);  // 0.165
        Assert.Equal(1.0 / 121, contributions[2], Tolerance);   // 0.008
        Assert.Equal(0.826, contributions[0], 3);
        // 50k + 20k + 0 of 121k targeted.
        Assert.Equal(70.0 / 121, result["sales"].Progress!.Value, Tolerance);
        // The sum strategy says the same; the plain weighted mean does not.
        Assert.Equal(70.0 / 121, RollupEngine.Rollup(Compile(SalesTargets(false, "sum")), Day)["sales"].Progress!.Value, Tolerance);
        Assert.Equal(0.5, RollupEngine.Rollup(Compile(SalesTargets(false)), Day)["sales"].Progress!.Value, Tolerance);
    }

    private static OkrSet Strategies(string? strategy, double? manual = null) => new OkrSetBuilder()
        .AddOwner("team")
        .AddObjective(new Objective { Id = "o", Title = "Objective", OwnerIds = ["team"], Strategy = strategy, ManualProgress = manual })
        .AddKeyResult("a", "A", "o", Measure.Metric(0, 10, current: 2), "team", weight: 3)   // 0.2
        .AddKeyResult("b", "B", "o", Measure.Metric(0, 10, current: 8), "team", weight: 1)   // 0.8
        .AddKeyResult("c", "C", "o", Measure.Metric(0, 10), "team", weight: 5)               // not measured
        .Build();

    [Theory]
    [InlineData(null, 0.35)]            // (3 x 0.2 + 1 x 0.8) / 4
    [InlineData("weightedMean", 0.35)]
    [InlineData("mean", 0.5)]           // (0.2 + 0.8) / 2
    [InlineData("MINIMUM", 0.2)]        // names ignore case...
    [InlineData("weighted-mean", 0.35)] // ...and separators
    [InlineData("sum", 0.35)]           // targets are all 10: same as the weighted mean
    public void Each_built_in_strategy_combines_the_measured_inputs(string? strategy, double expected)
    {
        var result = RollupEngine.Rollup(Compile(Strategies(strategy)), Day);
        Assert.Equal(expected, result["o"].Progress!.Value, Tolerance);
    }

    private sealed class Maximum : IRollupStrategy
    {
        public string Name => "maximum";

        public double Combine(ReadOnlySpan<RollupInput> inputs)
        {
            var max = 0.0;
            foreach (var input in inputs) max = Math.Max(max, input.Progress);
            return max;
        }
    }

    [Fact]
    public void A_custom_strategy_is_registered_by_name()
    {
        var options = RollupOptions.Default.WithStrategy(new Maximum());
        Assert.Equal(0.8, RollupEngine.Rollup(Compile(Strategies("maximum")), Day, options)["o"].Progress!.Value, Tolerance);
        var error = Assert.Throws<OkrValidationException>(() => RollupEngine.Rollup(Compile(Strategies("maximum")), Day));
        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.Equal(DiagnosticCodes.UnknownStrategy, diagnostic.Code);
        Assert.Equal("$.objectives[0].strategy", diagnostic.Path);
        Assert.Equal(["o"], diagnostic.Ids);
    }

    [Fact]
    public void A_mistyped_check_in_is_corrected_in_place_and_the_rollup_follows()
    {
        var graph = Compile(DerivedCascade());
        var day = new DateOnly(2026, 6, 30);
        var state = RollupEngine.CreateRollupState(graph, day);
        var june = new DateOnly(2026, 6, 1);
        state.ApplyCheckIn("lead-magnets", new CheckIn { Date = june, Value = 8 });
        Assert.Equal(0.61, state["strategy"].Progress!.Value, Tolerance);
        var count = state.GetKeyResult(state.Graph["lead-magnets"]).CheckIns.Count;

        // The marketing manager meant 6, not 8: the same day corrected, not a second check-in.
        state.CorrectCheckIn("lead-magnets", new CheckIn { Date = june, Value = 6, Note = "typo: 6, not 8" });
        var corrected = state.GetKeyResult(state.Graph["lead-magnets"]);
        Assert.Equal(count, corrected.CheckIns.Count);
        Assert.Equal(6, corrected.CheckIns.Single(c => c.Date == june).Value);
        Assert.Equal(1, state.AppliedCheckIns);
        Assert.Equal(1, state.CorrectedCheckIns);
        var full = RollupEngine.Rollup(state.ToSet().Compile().ThrowIfFailed(), day);
        foreach (var node in graph.Nodes) Assert.Equal(full.At(node.Index).Progress, state.At(node.Index).Progress);
        // Lead magnets 0.6: MQL growth (0.6 + 0.3) / 2 = 0.45 -> marketing (0.3 + 0.5 + 0 + 0.45 + 0.4) / 5 = 0.33
        // -> company (0.33 + 0.5 + 1 + 1 + 0.2) / 5 = 0.606.
        Assert.Equal(0.45, state["mql-growth"].Progress!.Value, Tolerance);
        Assert.Equal(0.606, state["strategy"].Progress!.Value, Tolerance);

        // Correcting a day with no check-in is refused and changes nothing.
        var before = state["strategy"].Progress;
        var error = Assert.Throws<OkrValidationException>(() => state.CorrectCheckIn("lead-magnets", new CheckIn { Date = june.AddDays(1), Value = 9 }));
        Assert.Equal(DiagnosticCodes.NoCheckInToCorrect, Assert.Single(error.Diagnostics).Code);
        Assert.Equal(["lead-magnets"], error.Diagnostics[0].Ids);
        Assert.Equal(before, state["strategy"].Progress);
        Assert.Equal(1, state.CorrectedCheckIns);
    }

    /// <summary>A strategy with a bug: the mean, except NaN once any input reaches 0.9.</summary>
    [Fact]
    public void Rollup_WithMoreThan256Strategies_IsRefusedWithItsOwnCode()
    {
        var builder = new OkrSetBuilder().AddOwner("team");
        var strategies = new List<IRollupStrategy>();
        for (var i = 0; i < 257; i++)
        {
            var name = $"s{i}";
            strategies.Add(new Named(name));
            builder.AddObjective(new Objective { Id = $"o{i}", Title = "Grow", OwnerIds = ["team"], Strategy = name })
                .AddKeyResult($"k{i}", "Sell", $"o{i}", Measure.Metric(0, 10, current: 5), "team");
        }
        var graph = builder.Build().Compile().ThrowIfFailed();
        var e = Assert.Throws<OkrValidationException>(() => graph.Rollup(new DateOnly(2026, 2, 15), RollupOptions.Default with { Strategies = strategies }));
        Assert.Equal(DiagnosticCodes.TooManyStrategies, Assert.Single(e.Diagnostics).Code);
        Assert.StartsWith("The rollup was refused", e.Message, StringComparison.Ordinal);
    }

    private sealed class Named(string name) : IRollupStrategy
    {
        public string Name => name;

        public double Combine(ReadOnlySpan<RollupInput> inputs) => inputs[0].Progress;
    }

    private sealed class Fragile : IRollupStrategy
    {
        public string Name => "fragile";

        public double Combine(ReadOnlySpan<RollupInput> inputs)
        {
            var sum = 0.0;
            foreach (var input in inputs)
            {
                if (input.Progress >= 0.9) return double.NaN;
                sum += input.Progress;
            }
            return sum / inputs.Length;
        }
    }

    private static OkrSet FragileSet(double bValue) => new OkrSetBuilder()
        .AddOwner("team")
        .AddObjective(new Objective { Id = "o", Title = "Objective", OwnerIds = ["team"], Strategy = "fragile" })
        .AddKeyResult("a", "A", "o", Measure.Metric(0, 10), "team")
        .AddKeyResult("b", "B", "o", Measure.Metric(0, 10), "team")
        .AddCheckIn("a", Day.AddDays(-10), 2)        // 0.2
        .AddCheckIn("b", Day.AddDays(-10), bValue)
        .Build();

    [Fact]
    public void A_custom_strategy_returning_NaN_stops_the_rollup_with_OKR0405()
    {
        var options = RollupOptions.Default.WithStrategy(new Fragile());
        // The valid neighbour: b at 0.8 gives (0.2 + 0.8) / 2.
        Assert.Equal(0.5, RollupEngine.Rollup(Compile(FragileSet(8)), Day, options)["o"].Progress!.Value, Tolerance);
        var error = Assert.Throws<OkrValidationException>(() => RollupEngine.Rollup(Compile(FragileSet(9.5)), Day, options));
        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.Equal(DiagnosticCodes.StrategyResultNotFinite, diagnostic.Code);
        Assert.Equal(["o"], diagnostic.Ids);
        Assert.Contains("'fragile'", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_check_in_whose_recompute_fails_is_taken_back_and_the_state_stays_as_it_was()
    {
        var options = RollupOptions.Default.WithStrategy(new Fragile());
        var state = RollupEngine.CreateRollupState(Compile(FragileSet(8)), Day, options);
        var error = Assert.Throws<OkrValidationException>(() => state.ApplyCheckIn("b", new CheckIn { Date = Day.AddDays(-1), Value = 9.5 }));
        Assert.Equal(DiagnosticCodes.StrategyResultNotFinite, Assert.Single(error.Diagnostics).Code);
        Assert.Equal(0.8, state["b"].Progress!.Value, Tolerance);
        Assert.Equal(0.5, state["o"].Progress!.Value, Tolerance);
        Assert.Single(state.GetKeyResult(state.Graph["b"]).CheckIns);
        Assert.Equal(0, state.AppliedCheckIns);
        // A batch: the good check-in on a is taken back with the bad one on b.
        Assert.Throws<OkrValidationException>(() => state.ApplyCheckIns(
        [
            new KeyResultCheckIn("a", new CheckIn { Date = Day.AddDays(-1), Value = 4 }),
            new KeyResultCheckIn("b", new CheckIn { Date = Day.AddDays(-1), Value = 9.5 }),
        ]));
        Assert.Equal(0.2, state["a"].Progress!.Value, Tolerance);
        Assert.Single(state.GetKeyResult(state.Graph["a"]).CheckIns);
        // The state still works and still equals a full rollup of its set.
        state.ApplyCheckIn("a", new CheckIn { Date = Day.AddDays(-1), Value = 4 });
        Assert.Equal((0.4 + 0.8) / 2, state["o"].Progress!.Value, Tolerance);
        Assert.Equal(RollupEngine.Rollup(state.ToSet().Compile().ThrowIfFailed(), Day, options)["o"].Progress, state["o"].Progress);
    }

    [Fact]
    public void Manual_progress_replaces_the_computed_value_and_is_clamped_for_rollup_but_kept_raw()
    {
        var result = RollupEngine.Rollup(Compile(Strategies(null, manual: 1.2)), Day);
        Assert.Equal(1.0, result["o"].Progress!.Value, Tolerance);
        Assert.Equal(1.2, result["o"].RawProgress!.Value, Tolerance);
        Assert.Equal(Provenance.Manual, result["o"].Provenance);
    }

    private static OkrSet Unmeasured() => new OkrSetBuilder()
        .AddOwner("team")
        .AddPeriod(Period.Quarter(2026, 1))
        .AddObjective("o", "Find out where we stand", "team", "2026-Q1")
        .AddKeyResult("baseline", "Measure churn", "o", Measure.Baseline("%"), "team")
        .AddKeyResult("later", "Grow usage", "o", Measure.Metric(0, 100), "team")
        .Build();

    [Fact]
    public void An_objective_with_no_measured_input_is_not_measured_never_zero()
    {
        var result = RollupEngine.Rollup(Compile(Unmeasured()), Day);
        Assert.Null(result["o"].Progress);
        Assert.Null(result["o"].Grade);
        Assert.Equal(Provenance.NotMeasured, result["o"].Provenance);
        Assert.Equal(Provenance.NotMeasured, result["baseline"].Provenance);
        Assert.Empty(result.GetContributions(result.Graph["later"]));
    }

    private static OkrSet SharedChild(double weightToFirst, double weightToSecond) => new OkrSetBuilder()
        .AddOwner("platform").AddOwner("sales").AddOwner("support")
        .AddObjective(new Objective { Id = "revenue", Title = "Grow revenue", OwnerIds = ["sales"], ProgressSource = ProgressSource.Both })
        .AddKeyResult("deals", "Close deals", "revenue", Measure.Metric(0, 10, current: 2), "sales")          // 0.2
        .AddObjective(new Objective { Id = "service", Title = "Delight customers", OwnerIds = ["support"], ProgressSource = ProgressSource.Children })
        .AddObjective(new Objective { Id = "api", Title = "Ship the public API", OwnerIds = ["platform", "sales"] })
        .AddKeyResult("endpoints", "Endpoints live", "api", Measure.Metric(0, 10, current: 6), "platform")   // 0.6
        .Share("api", "revenue", weightToFirst)
        .Share("api", "service", weightToSecond)
        .Build();

    [Fact]
    public void A_shared_objective_shows_its_full_progress_to_every_parent_and_splits_its_share()
    {
        var result = RollupEngine.Rollup(Compile(SharedChild(3, 1)), Day);
        // Each parent sees 0.6: revenue (0.2 + 3 x 0.6) / 4 = 0.5; service takes only the shared child: 0.6.
        Assert.Equal(0.5, result["revenue"].Progress!.Value, Tolerance);
        Assert.Equal(0.6, result["service"].Progress!.Value, Tolerance);
        var shares = result.GetShares(result.Graph["api"]).ToDictionary(s => s.Parent.Id, s => s.Share);
        Assert.Equal(0.75, shares["revenue"], Tolerance);
        Assert.Equal(0.25, shares["service"], Tolerance);
    }

    [Fact]
    public void An_informational_alignment_is_shown_but_never_counted()
    {
        var result = RollupEngine.Rollup(Compile(SharedChild(1, 0)), Day);
        Assert.Equal((0.2 + 0.6) / 2, result["revenue"].Progress!.Value, Tolerance);
        Assert.Null(result["service"].Progress); // its only input is informational
        Assert.Contains(result.Graph["api"], result.Graph["service"].Children);
        var share = Assert.Single(result.GetShares(result.Graph["api"]));
        Assert.Equal(("revenue", 1.0), (share.Parent.Id, share.Share));
    }

    [Fact]
    public void Incremental_check_ins_are_validated_all_at_once_and_nothing_is_applied_on_error()
    {
        var state = RollupEngine.CreateRollupState(Compile(WorkedExamples.TechSolutions()), Day);
        var before = state["quality"].Progress;
        var error = Assert.Throws<OkrValidationException>(() => state.ApplyCheckIns(
        [
            new KeyResultCheckIn("quality", new CheckIn { Date = Day, Value = 1 }),
            new KeyResultCheckIn("bugs", new CheckIn { Date = Day, Value = double.NaN }),
            new KeyResultCheckIn("csat", new CheckIn { Date = Day, Value = 4.4 }),
            new KeyResultCheckIn("csat", new CheckIn { Date = Day, Value = 4.5 }),
        ]));
        Assert.Equal([DiagnosticCodes.CheckInTarget, DiagnosticCodes.CheckInNotFinite, DiagnosticCodes.CheckInDateTaken], error.Diagnostics.Select(d => d.Code));
        Assert.Equal("checkIns[3]", error.Diagnostics[2].Path);
        Assert.Equal(before, state["quality"].Progress);
        Assert.Equal(0, state.AppliedCheckIns);
    }

    [Fact]
    public void A_check_in_after_the_as_of_day_is_kept_but_changes_nothing()
    {
        var state = RollupEngine.CreateRollupState(Compile(WorkedExamples.TechSolutions()), Day);
        // Once a key result has check-ins they replace its undated current value (85 bugs): check in 85 first.
        state.ApplyCheckIn("bugs", new CheckIn { Date = Day.AddDays(-1), Value = 85 });
        Assert.Equal(0.3125, state["quality"].Progress!.Value, Tolerance);
        state.ApplyCheckIn("bugs", new CheckIn { Date = Day.AddDays(10), Value = 70 });
        Assert.Equal(0.3125, state["quality"].Progress!.Value, Tolerance);
        Assert.Equal(2, state.GetKeyResult(state.Graph["bugs"]).CheckIns.Count);
        // On or before the day it counts: bugs at 70 is the target, 1.0.
        state.ApplyCheckIn("bugs", new CheckIn { Date = Day, Value = 70 });
        Assert.Equal((1 + 0.5 + 0.25 + 0) / 4, state["quality"].Progress!.Value, Tolerance);
    }
}
