using static Okr.Core.Tests.Reliability.Pipeline;

namespace Okr.Core.Tests.Reliability;

/// <summary>
/// Every finite input computes a finite, correct number: weights are scaled by their largest before summing and a
/// metric's span is computed without overflow; what cannot be a finite number is refused at compile with a code.
/// Tolerance 1e-9.
/// </summary>
public class NumericRangeTests
{
    private const double Tolerance = 1e-9;
    private static readonly Period Q1 = Period.Quarter(2026, 1);

    private static OkrSet ParentOfTwo(double weight, double childProgress)
    {
        // Two child objectives, each with one key result at childProgress, aligned to "top" with weight `weight`.
        var value = childProgress * 10;
        return new OkrSet
        {
            Periods = [Q1],
            Objectives =
            [
                new Objective { Id = "top", Title = "Top", PeriodId = Q1.Id, ProgressSource = ProgressSource.Children },
                new Objective { Id = "a", Title = "A", PeriodId = Q1.Id },
                new Objective { Id = "b", Title = "B", PeriodId = Q1.Id },
            ],
            KeyResults =
            [
                new KeyResult { Id = "ka", Title = "A", ObjectiveId = "a", Measure = Measure.Metric(0, 10, value) },
                new KeyResult { Id = "kb", Title = "B", ObjectiveId = "b", Measure = Measure.Metric(0, 10, value) },
            ],
            Alignments =
            [
                new Alignment { ChildId = "a", ParentId = "top", Kind = AlignmentKind.BottomUp, Weight = weight },
                new Alignment { ChildId = "b", ParentId = "top", Kind = AlignmentKind.BottomUp, Weight = weight },
            ],
        };
    }

    private static RollupResult Rolled(OkrSet set)
    {
        var compiled = RunAll(set);
        Assert.True(compiled.Succeeded, string.Join("\n", compiled.Diagnostics));
        return compiled.Graph!.Rollup(Day);
    }

    [Theory]
    [InlineData(1e308, 1.0)]
    [InlineData(1e308, 0.5)]
    [InlineData(double.MaxValue, 0.25)]
    [InlineData(5e-324, 0.5)]
    [InlineData(1e-300, 0.75)]
    public void HugeOrTinyAlignmentWeights_AverageLikeWeightOne(double weight, double childProgress)
    {
        var result = Rolled(ParentOfTwo(weight, childProgress));
        Assert.Equal(childProgress, result["top"].Progress!.Value, Tolerance);
        Assert.Equal(Provenance.Derived, result["top"].Provenance);
        var contributions = result.GetContributions(result.Graph["ka"]);
        Assert.Equal(0.5, contributions.Single(c => c.Ancestor.Id == "top").Weight, Tolerance);
    }

    [Fact]
    public void SubnormalWeights_AverageTheirInputs()
    {
        var set = new OkrSet
        {
            Objectives = [new Objective { Id = "o", Title = "O" }],
            KeyResults =
            [
                new KeyResult { Id = "k1", Title = "1", ObjectiveId = "o", Weight = 5e-324, Measure = Measure.Metric(0, 10, 5) },
                new KeyResult { Id = "k2", Title = "2", ObjectiveId = "o", Weight = 5e-324, Measure = Measure.Metric(0, 10, 7) },
            ],
        };
        Assert.Equal(0.6, Rolled(set)["o"].Progress!.Value, Tolerance);
    }

    [Fact]
    public void MetricSpanningTheWholeDoubleRange_HasProgress()
    {
        var set = new OkrSet
        {
            Objectives = [new Objective { Id = "o", Title = "O" }],
            KeyResults =
            [
                new KeyResult { Id = "k", Title = "K", ObjectiveId = "o", Measure = Measure.Metric(-1e308, 1e308, 1e308) },
                new KeyResult { Id = "half", Title = "H", ObjectiveId = "o", Measure = Measure.Metric(-double.MaxValue, double.MaxValue, 0) },
                new KeyResult { Id = "down", Title = "D", ObjectiveId = "o", Measure = Measure.Metric(1e308, -1e308, -5e307) },
            ],
        };
        var result = Rolled(set);
        Assert.Equal(1.0, result["k"].Progress!.Value, Tolerance);
        Assert.Equal(0.5, result["half"].Progress!.Value, Tolerance);
        Assert.Equal(0.75, result["down"].Progress!.Value, Tolerance);
    }

    [Theory]
    [InlineData(1e308, 2, 1.0)]
    [InlineData(1e308, 1, 0.5)]
    [InlineData(double.MaxValue, 1, 0.5)]
    [InlineData(5e-324, 1, 0.5)]
    public void MilestoneStepsOfExtremeWeight_GiveTheirDoneShare(double weight, int done, double expected)
    {
        var steps = Enumerable.Range(0, 2).Select(i => new Milestone { Title = $"s{i}", Weight = weight, Done = i < done }).ToArray();
        var set = new OkrSet
        {
            Objectives = [new Objective { Id = "o", Title = "O" }],
            KeyResults = [new KeyResult { Id = "k", Title = "K", ObjectiveId = "o", Measure = Measure.Milestones(steps) }],
        };
        Assert.Equal(expected, Rolled(set)["k"].Progress!.Value, Tolerance);
    }

    [Fact]
    public void HugeWeightByTarget_WeighsBySizeWithoutOverflow()
    {
        // Weights 1e308 with targets 100 and 300 (both half way): weight by target gives 0.5, and the 0/100 one
        // against 300/300 gives (0 * 100 + 1 * 300) / 400 = 0.75.
        var set = new OkrSet
        {
            Objectives = [new Objective { Id = "o", Title = "O", WeightByTarget = true }],
            KeyResults =
            [
                new KeyResult { Id = "k1", Title = "1", ObjectiveId = "o", Weight = 1e308, Measure = Measure.Metric(0, 100, 0) },
                new KeyResult { Id = "k2", Title = "2", ObjectiveId = "o", Weight = 1e308, Measure = Measure.Metric(0, 300, 300) },
            ],
        };
        var result = Rolled(set);
        Assert.Equal(0.75, result["o"].Progress!.Value, Tolerance);
        Assert.Equal(0.25, result.GetContributions(result.Graph["k1"]).Single().Weight, Tolerance);
    }

    [Fact]
    public void HugeWeightLinkedTwice_SplitsItsShareInHalves()
    {
        var set = new OkrSet
        {
            Objectives =
            [
                new Objective { Id = "o1", Title = "1" },
                new Objective { Id = "o2", Title = "2", LinkedKeyResultIds = ["k"] },
            ],
            KeyResults = [new KeyResult { Id = "k", Title = "K", ObjectiveId = "o1", Weight = 1e308, Measure = Measure.Metric(0, 10, 4) }],
        };
        var result = Rolled(set);
        var shares = result.GetShares(result.Graph["k"]);
        Assert.Equal([0.5, 0.5], shares.Select(s => s.Share), new ToleranceComparer(Tolerance));
        Assert.Equal(0.4, result["o2"].Progress!.Value, Tolerance);
    }

    [Fact]
    public void ExtremeCheckpoints_GiveAFiniteExpectedProgressThatWritesOut()
    {
        var set = new OkrSet
        {
            Periods = [Q1],
            Objectives = [new Objective { Id = "o", Title = "O", PeriodId = Q1.Id }],
            KeyResults =
            [
                new KeyResult
                {
                    Id = "k", Title = "K", ObjectiveId = "o", Measure = Measure.Metric(0, 1, 0.5),
                    Checkpoints = [new Checkpoint { Date = new DateOnly(2026, 1, 10), Value = -1e308 }, new Checkpoint { Date = new DateOnly(2026, 3, 10), Value = 1e308 }],
                },
            ],
        };
        var result = Rolled(set);
        // From -1e308 on 10 Jan to 1e308 on 10 Mar, 15 Feb is 36 of 59 days in: -1e308 * 23/59 + 1e308 * 36/59 = 1e308 * 13/59.
        Assert.Equal(1e308 / 59 * 13, result["k"].ExpectedProgress, 1e295);
        Assert.Contains("\"expectedProgress\": 2.2033898305", OkrResultsJson.Write(result), StringComparison.Ordinal);
    }

    [Fact]
    public void ProgressBeyondTheDoubleRange_IsRefusedAtCompile()
    {
        // A metric from 0 to 5e-324 whose current value is 1 is 2e323 times its target: no double holds that.
        var set = new OkrSet
        {
            Objectives = [new Objective { Id = "o", Title = "O" }],
            KeyResults =
            [
                new KeyResult { Id = "k", Title = "K", ObjectiveId = "o", Measure = Measure.Metric(0, 5e-324, 1) },
                new KeyResult
                {
                    Id = "c", Title = "C", ObjectiveId = "o", Measure = Measure.Metric(0, 1e-300),
                    CheckIns = [new CheckIn { Date = new DateOnly(2026, 1, 5), Value = 1e10 }],
                    Checkpoints = [new Checkpoint { Date = new DateOnly(2026, 1, 5), Value = -1e10 }],
                },
            ],
        };
        var compiled = RunAll(set);
        Assert.False(compiled.Succeeded);
        Assert.Equal(
            ["$.keyResults[0].measure.current", "$.keyResults[1].checkIns[0].value", "$.keyResults[1].checkpoints[0].value"],
            compiled.Diagnostics.Where(d => d.Code == DiagnosticCodes.ProgressOutOfRange).Select(d => d.Path));
        Assert.Contains("1.7976931348623157E+308", compiled.Diagnostics[0].Message, StringComparison.Ordinal);

        // The same tiny span with a value at its target is fine: progress 1.
        var fine = set with { KeyResults = [set.KeyResults[0] with { Measure = Measure.Metric(0, 5e-324, 5e-324) }] };
        Assert.Equal(1.0, Rolled(fine)["k"].Progress!.Value, Tolerance);
    }

    [Fact]
    public void LiveCheckInBeyondTheDoubleRange_IsRefused()
    {
        var set = new OkrSet
        {
            Objectives = [new Objective { Id = "o", Title = "O" }],
            KeyResults = [new KeyResult { Id = "k", Title = "K", ObjectiveId = "o", Measure = Measure.Metric(0, 1e-300, 0) }],
        };
        var state = set.Compile().Graph!.CreateRollupState(Day);
        var error = Assert.Throws<OkrValidationException>(() => state.ApplyCheckIn("k", new CheckIn { Date = new DateOnly(2026, 1, 2), Value = 1e10 }));
        Assert.Equal(DiagnosticCodes.ProgressOutOfRange, Assert.Single(error.Diagnostics).Code);
        Assert.Equal(0.0, state["k"].Progress!.Value, Tolerance);
    }

    private sealed class ToleranceComparer(double tolerance) : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => Math.Abs(x - y) <= tolerance;

        public int GetHashCode(double obj) => 0;
    }
}
