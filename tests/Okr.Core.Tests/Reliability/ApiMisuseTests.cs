using Xunit.Abstractions;

namespace Okr.Core.Tests.Reliability;

/// <summary>
/// The API misuse suite: null in every list and every field, default structs, undefined enum values and extreme
/// numbers and dates, each put into a valid set on its own and run through compile, rollup, health, both writers and
/// the live state (<see cref="Pipeline.RunAll"/>): refused with a code and a path, or handled by every step.
/// </summary>
public sealed class ApiMisuseTests(ITestOutputHelper output)
{
    private static readonly double[] Numbers =
        [double.NaN, double.PositiveInfinity, double.NegativeInfinity, double.MaxValue, -double.MaxValue, 1e308, -1e308, double.Epsilon, -double.Epsilon, 0, -0.0, -1, 1e-300];

    private static readonly DateOnly[] Days = [DateOnly.MinValue, DateOnly.MaxValue, new(2026, 2, 15)];

    private static OkrSet Rich()
    {
        var set = Pipeline.Valid();
        return set with
        {
            Objectives = [set.Objectives[0] with { ManualProgress = null, Description = "d", LinkedKeyResultIds = ["k2"] }, set.Objectives[1] with { Strategy = "mean" }],
            KeyResults =
            [
                set.KeyResults[0] with
                {
                    Measure = Measure.Metric(40, 100),
                    CheckIns = [new CheckIn { Date = new DateOnly(2026, 1, 20), Value = 70, Confidence = Confidence.FromScore(0.7), Note = "n" }],
                    Checkpoints = [new Checkpoint { Date = new DateOnly(2026, 2, 1), Value = 60 }],
                },
                set.KeyResults[1] with { Measure = Measure.Milestones(new Milestone { Title = "a", Weight = 2, Done = true, DoneOn = new DateOnly(2026, 1, 5) }, new Milestone { Title = "b" }) },
                new KeyResult { Id = "k3", Title = "Threshold", ObjectiveId = "child", Measure = Measure.AtMost(5, 3, "bugs") },
            ],
        };
    }

    private static OkrSet Kr(OkrSet set, int i, Func<KeyResult, KeyResult> change) => set with { KeyResults = [.. set.KeyResults.Select((k, j) => j == i ? change(k) : k)] };

    private static OkrSet Obj(OkrSet set, int i, Func<Objective, Objective> change) => set with { Objectives = [.. set.Objectives.Select((o, j) => j == i ? change(o) : o)] };

    /// <summary>Every misuse, named.</summary>
    private static IEnumerable<(string Name, OkrSet Set)> Misuses()
    {
        var s = Rich();
        CheckIn c0 = s.KeyResults[0].CheckIns[0];
        // Null entries in every list.
        yield return ("null owner", s with { Owners = [.. s.Owners, null!] });
        yield return ("null period", s with { Periods = [null!, .. s.Periods] });
        yield return ("null objective", s with { Objectives = [.. s.Objectives, null!] });
        yield return ("null key result", s with { KeyResults = [null!, .. s.KeyResults] });
        yield return ("null alignment", s with { Alignments = [.. s.Alignments, null!] });
        yield return ("null owner id", Obj(s, 0, o => o with { OwnerIds = [null!] }));
        yield return ("null linked id", Obj(s, 0, o => o with { LinkedKeyResultIds = [null!] }));
        yield return ("null check-in", Kr(s, 0, k => k with { CheckIns = [null!] }));
        yield return ("null checkpoint", Kr(s, 0, k => k with { Checkpoints = [null!] }));
        yield return ("null step", Kr(s, 1, k => k with { Measure = Measure.Milestones(null!, new Milestone { Title = "x" }) }));
        // Null in every field.
        yield return ("null owner.id", s with { Owners = [s.Owners[0] with { Id = null! }, s.Owners[1]] });
        yield return ("null period.id", s with { Periods = [s.Periods[0] with { Id = null! }, s.Periods[1]] });
        yield return ("null objective.id", Obj(s, 1, o => o with { Id = null! }));
        yield return ("null objective.title", Obj(s, 1, o => o with { Title = null! }));
        yield return ("null key result.id", Kr(s, 2, k => k with { Id = null! }));
        yield return ("null key result.title", Kr(s, 2, k => k with { Title = null! }));
        yield return ("null key result.objectiveId", Kr(s, 2, k => k with { ObjectiveId = null! }));
        yield return ("null key result.measure", Kr(s, 2, k => k with { Measure = null! }));
        yield return ("null step.title", Kr(s, 1, k => k with { Measure = Measure.Milestones(new Milestone { Title = null! }) }));
        yield return ("null alignment.childId", s with { Alignments = [s.Alignments[0] with { ChildId = null! }] });
        yield return ("null alignment.parentId", s with { Alignments = [s.Alignments[0] with { ParentId = null! }] });
        yield return ("null optional fields", Obj(Kr(s, 0, k => k with { OwnerId = null, Description = null, CheckIns = [c0 with { Note = null, Confidence = null }] }), 0, o => o with { Description = null, PeriodId = null, Strategy = null }));
        // Default structs and undefined enum values.
        yield return ("default(Confidence)", Kr(s, 0, k => k with { CheckIns = [c0 with { Confidence = default(Confidence) }] }));
        yield return ("undefined confidence level", Kr(s, 0, k => k with { CheckIns = [c0 with { Confidence = Confidence.FromLevel((ConfidenceLevel)9) }] }));
        foreach (var bad in new[] { -1, 2, 9, int.MaxValue })
        {
            yield return ($"commitment {bad}", Obj(s, 0, o => o with { Commitment = (Commitment)bad }));
            yield return ($"progress source {bad}", Obj(s, 0, o => o with { ProgressSource = (ProgressSource)bad }));
            yield return ($"owner kind {bad}", s with { Owners = [s.Owners[0] with { Kind = (OwnerKind)bad }, s.Owners[1]] });
            yield return ($"alignment kind {bad}", s with { Alignments = [s.Alignments[0] with { Kind = (AlignmentKind)bad }] });
            yield return ($"threshold direction {bad}", Kr(s, 2, k => k with { Measure = new ThresholdMeasure { Direction = (ThresholdDirection)bad, Limit = 5, Current = 3 } }));
        }
        // Extreme numbers in every number.
        foreach (var x in Numbers)
        {
            yield return ($"key result weight {x:R}", Kr(s, 0, k => k with { Weight = x }));
            yield return ($"alignment weight {x:R}", s with { Alignments = [s.Alignments[0] with { Weight = x }] });
            yield return ($"metric start {x:R}", Kr(s, 0, k => k with { Measure = Measure.Metric(x, 100), CheckIns = [] }));
            yield return ($"metric target {x:R}", Kr(s, 0, k => k with { Measure = Measure.Metric(40, x, 50), CheckIns = [] }));
            yield return ($"metric current {x:R}", Kr(s, 0, k => k with { Measure = Measure.Metric(40, 100, x), CheckIns = [] }));
            yield return ($"threshold limit {x:R}", Kr(s, 2, k => k with { Measure = Measure.AtLeast(x, 3) }));
            yield return ($"threshold current {x:R}", Kr(s, 2, k => k with { Measure = Measure.AtLeast(3, x) }));
            yield return ($"step weight {x:R}", Kr(s, 1, k => k with { Measure = Measure.Milestones(new Milestone { Title = "a", Weight = x, Done = true }, new Milestone { Title = "b" }) }));
            yield return ($"manual progress {x:R}", Obj(s, 1, o => o with { ManualProgress = x }));
            yield return ($"check-in value {x:R}", Kr(s, 0, k => k with { CheckIns = [c0 with { Value = x }] }));
            yield return ($"checkpoint value {x:R}", Kr(s, 0, k => k with { Checkpoints = [new Checkpoint { Date = new DateOnly(2026, 2, 1), Value = x }] }));
            yield return ($"confidence score {x:R}", Kr(s, 0, k => k with { CheckIns = [c0 with { Confidence = Confidence.FromScore(x) }] }));
            yield return ($"weight by target {x:R}", Obj(Kr(s, 0, k => k with { Weight = x }), 0, o => o with { WeightByTarget = true }));
        }
        // Extreme dates.
        foreach (var d in Days)
        {
            yield return ($"period start {d}", s with { Periods = [s.Periods[0] with { Start = d }, s.Periods[1]] });
            yield return ($"period end {d}", s with { Periods = [s.Periods[0], s.Periods[1] with { End = d }] });
            yield return ($"check-in date {d}", Kr(s, 0, k => k with { CheckIns = [c0 with { Date = d }] }));
            yield return ($"checkpoint date {d}", Kr(s, 0, k => k with { Checkpoints = [new Checkpoint { Date = d, Value = 60 }] }));
            yield return ($"done on {d}", Kr(s, 1, k => k with { Measure = Measure.Binary("a", true, d) }));
        }
    }

    [Fact]
    public void EveryMisuse_IsRefusedWithACodeOrHandledByEveryStep()
    {
        int refused = 0, handled = 0;
        var failures = new List<string>();
        foreach (var (name, set) in Misuses())
        {
            try
            {
                if (Pipeline.RunAll(set).Succeeded) handled++;
                else refused++;
            }
            catch (Exception e)
            {
                failures.Add($"{name}: {e.GetType().Name}: {e.Message.Split('\n')[0]}");
            }
        }
        output.WriteLine($"{refused + handled + failures.Count} misuses: {refused} refused by compile with a code and a path, {handled} handled by every step, {failures.Count} failed");
        foreach (var f in failures) output.WriteLine("  " + f);
        Assert.Empty(failures);
        Assert.True(refused > 50 && handled > 50, $"refused {refused}, handled {handled}");
    }

    [Fact]
    public void LiveCheckInMisuse_IsRefusedWithACodeOrMatchesAFullRollup()
    {
        var graph = Rich().Compile().Graph!;
        var failures = new List<string>();
        int refused = 0, applied = 0;
        var day = new DateOnly(2026, 1, 1);
        var candidates = new List<(string Id, CheckIn? CheckIn)> { ("k1", null), (null!, new CheckIn { Date = day, Value = 1 }), ("ghost", new CheckIn { Date = day, Value = 1 }), ("top", new CheckIn { Date = day, Value = 1 }) };
        foreach (var x in Numbers)
        {
            candidates.Add(("k1", new CheckIn { Date = day = day.AddDays(1), Value = x }));
            candidates.Add(("k3", new CheckIn { Date = day, Value = x, Confidence = Confidence.FromScore(x) }));
        }
        candidates.Add(("k1", new CheckIn { Date = DateOnly.MaxValue, Value = 50, Confidence = default(Confidence) }));
        candidates.Add(("k1", new CheckIn { Date = DateOnly.MinValue, Value = 50, Confidence = Confidence.FromLevel((ConfidenceLevel)5) }));
        candidates.Add(("k1", new CheckIn { Date = DateOnly.MinValue, Value = 50 }));
        var state = graph.CreateRollupState(Pipeline.Day);
        foreach (var (id, checkIn) in candidates)
        {
            try
            {
                state.ApplyCheckIn(id, checkIn!);
                applied++;
            }
            catch (OkrValidationException e) when (e.Diagnostics.Count > 0 && e.Diagnostics.All(d => !string.IsNullOrEmpty(d.Code)))
            {
                refused++;
            }
            catch (Exception e)
            {
                failures.Add($"{id} {checkIn?.Value:R}: {e.GetType().Name}: {e.Message}");
            }
        }
        output.WriteLine($"{candidates.Count} live check-ins: {refused} refused with a code, {applied} applied, {failures.Count} failed");
        Assert.Empty(failures);
        var full = Pipeline.RunAll(state.ToSet());
        Assert.True(full.Succeeded, string.Join("\n", full.Diagnostics));
        var result = full.Graph!.Rollup(Pipeline.Day);
        foreach (var node in graph.Nodes) Assert.Equal(result[node.Id].Progress, state[node.Id].Progress);
        Assert.True(refused >= 10 && applied >= 10, $"refused {refused}, applied {applied}");
    }
}
