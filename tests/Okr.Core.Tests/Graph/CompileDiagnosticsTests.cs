using static Okr.Core.Tests.Support.GraphFixtures;

namespace Okr.Core.Tests.Graph;

/// <summary>Each OKR01xx code fires with its ids and path; the valid neighbour compiles clean.</summary>
public class CompileDiagnosticsTests
{
    private static Diagnostic Only(OkrSet set, string code, DiagnosticSeverity severity = DiagnosticSeverity.Error)
    {
        var result = set.Compile();
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(code, d.Code);
        Assert.Equal(severity, d.Severity);
        Assert.Equal(severity != DiagnosticSeverity.Error, result.Succeeded);
        return d;
    }

    private static void AssertAt(Diagnostic d, string path, params string[] ids)
    {
        Assert.Equal(path, d.Path);
        Assert.Equal(ids, d.Ids);
        Assert.False(string.IsNullOrWhiteSpace(d.Message));
    }

    private static OkrSet WithKr(OkrSet set, int index, Func<KeyResult, KeyResult> change)
        => set with { KeyResults = set.KeyResults.Select((k, i) => i == index ? change(k) : k).ToList() };

    private static OkrSet WithObjective(OkrSet set, int index, Func<Objective, Objective> change)
        => set with { Objectives = set.Objectives.Select((o, i) => i == index ? change(o) : o).ToList() };

    [Fact]
    public void Valid_CompilesWithNoDiagnostics()
    {
        var result = Valid().Compile();
        Assert.True(result.Succeeded);
        Assert.Empty(result.Diagnostics);
        Assert.Equal(4, result.Graph!.NodeCount);
    }

    [Fact]
    public void OKR0101_DuplicateId()
    {
        var set = Valid();
        AssertAt(Only(set with { Owners = [.. set.Owners, new Owner { Id = "team" }] }, DiagnosticCodes.DuplicateId), "$.owners[2].id", "team");
        AssertAt(Only(set with { Periods = [.. set.Periods, Period.Year(2026)] }, DiagnosticCodes.DuplicateId), "$.periods[2].id", "2026");
        var clash = set with { Objectives = [.. set.Objectives, set.Objectives[1] with { Id = "k2" }] };
        AssertAt(Only(clash, DiagnosticCodes.DuplicateId), "$.keyResults[1].id", "k2");
        AssertAt(Only(set with { Objectives = [.. set.Objectives, set.Objectives[1]] }, DiagnosticCodes.DuplicateId), "$.objectives[2].id", "child");
    }

    [Fact]
    public void OKR0102_UnknownReference()
    {
        var set = Valid();
        AssertAt(Only(WithObjective(set, 0, o => o with { OwnerIds = ["ghost"] }), DiagnosticCodes.UnknownReference), "$.objectives[0].ownerIds[0]", "top", "ghost");
        AssertAt(Only(WithObjective(set, 1, o => o with { PeriodId = "2027-Q1" }), DiagnosticCodes.UnknownReference), "$.objectives[1].periodId", "child", "2027-Q1");
        AssertAt(Only(WithKr(set, 1, k => k with { OwnerId = "ghost" }), DiagnosticCodes.UnknownReference), "$.keyResults[1].ownerId", "k2", "ghost");
        AssertAt(Only(set with { Alignments = [new Alignment { ChildId = "child", ParentId = "k9", Kind = AlignmentKind.Cascaded }] }, DiagnosticCodes.UnknownReference), "$.alignments[0].parentId", "child", "k9");
        AssertAt(Only(set with { Owners = [set.Owners[0], set.Owners[1] with { ParentId = "board" }] }, DiagnosticCodes.UnknownReference), "$.owners[1].parentId", "team", "board");
    }

    [Fact]
    public void OKR0103_Cycle_ListsTheIdsAroundIt()
    {
        var set = Valid();
        var cyclic = set with { Alignments = [.. set.Alignments, new Alignment { ChildId = "top", ParentId = "k2", Kind = AlignmentKind.Shared }] };
        var d = Only(cyclic, DiagnosticCodes.Cycle);
        Assert.Equal("$.alignments[0]", d.Path);
        Assert.Equal(["top", "k2", "child", "k1"], Rotate(d.Ids, "top"));
    }

    [Fact]
    public void OKR0103_SelfAlignment()
    {
        var set = Valid();
        var d = Only(set with { Alignments = [.. set.Alignments, new Alignment { ChildId = "top", ParentId = "top", Kind = AlignmentKind.Shared }] }, DiagnosticCodes.Cycle);
        AssertAt(d, "$.alignments[1]", "top");
    }

    [Fact]
    public void OKR0104_AlignmentKindMismatch()
    {
        var set = Valid();
        AssertAt(Only(set with { Alignments = [new Alignment { ChildId = "child", ParentId = "k1", Kind = AlignmentKind.Localized }] }, DiagnosticCodes.AlignmentKindMismatch), "$.alignments[0].kind", "child", "k1");
        AssertAt(Only(set with { Alignments = [new Alignment { ChildId = "child", ParentId = "top", Kind = AlignmentKind.Cascaded }] }, DiagnosticCodes.AlignmentKindMismatch), "$.alignments[0].kind", "child", "top");
        Assert.True((set with { Alignments = [new Alignment { ChildId = "child", ParentId = "top", Kind = AlignmentKind.BottomUp }] }).Compile().Succeeded);
    }

    [Fact]
    public void OKR0105_NotFinite()
    {
        var set = Valid();
        AssertAt(Only(WithKr(set, 0, k => k with { Measure = Measure.Metric(double.NaN, 100) }), DiagnosticCodes.NotFinite), "$.keyResults[0].measure.start", "k1");
        AssertAt(Only(WithKr(set, 1, k => k with { Measure = Measure.AtLeast(double.PositiveInfinity) }), DiagnosticCodes.NotFinite), "$.keyResults[1].measure.limit", "k2");
        AssertAt(Only(WithObjective(set, 0, o => o with { ManualProgress = double.NaN }), DiagnosticCodes.NotFinite), "$.objectives[0].manualProgress", "top");
    }

    [Fact]
    public void OKR0106_StartEqualsTarget()
    {
        AssertAt(Only(WithKr(Valid(), 1, k => k with { Measure = Measure.Metric(5, 5) }), DiagnosticCodes.StartEqualsTarget), "$.keyResults[1].measure.target", "k2");
        Assert.True(WithKr(Valid(), 1, k => k with { Measure = Measure.Metric(5, 4.999) }).Compile().Succeeded);
    }

    [Fact]
    public void OKR0107_NegativeWeight()
    {
        var set = Valid();
        AssertAt(Only(WithKr(set, 0, k => k with { Weight = -1 }), DiagnosticCodes.NegativeWeight), "$.keyResults[0].weight", "k1");
        AssertAt(Only(set with { Alignments = [set.Alignments[0] with { Weight = -0.5 }] }, DiagnosticCodes.NegativeWeight), "$.alignments[0].weight", "child");
        Assert.True((set with { Alignments = [set.Alignments[0] with { Weight = 0 }] }).Compile().Succeeded);
    }

    [Fact]
    public void OKR0108_PeriodOutsideParent()
    {
        var set = Valid();
        var d = Only(set with { Periods = [Period.Year(2026), Period.Quarter(2027, 1, id: "2026-Q1", parentId: "2026")] }, DiagnosticCodes.PeriodOutsideParent);
        AssertAt(d, "$.periods[1]", "2026-Q1", "2026");
    }

    [Fact]
    public void RetiredOKR0109_AnObjectiveWithoutOwnerCompilesCleanly_HealthReportsIt()
    {
        var result = WithObjective(Valid(), 1, o => o with { OwnerIds = [] }).Compile();
        Assert.Empty(result.Diagnostics);
        Assert.Contains(result.ThrowIfFailed().AnalyzeHealth(new DateOnly(2026, 2, 15)).Findings, f => f.Code == DiagnosticCodes.NoOwner && f.Ids.Contains("child"));
    }

    [Fact]
    public void OKR0110_KeyResultUnderTwoObjectives()
    {
        var set = Valid();
        var d = Only(set with { KeyResults = [.. set.KeyResults, set.KeyResults[0] with { ObjectiveId = "child" }] }, DiagnosticCodes.KeyResultUnderTwoObjectives);
        AssertAt(d, "$.keyResults[2].id", "k1", "top", "child");
        Assert.Empty((WithObjective(set, 1, o => o with { LinkedKeyResultIds = ["k1"] }) with { Alignments = [] }).Compile().Diagnostics);
    }

    [Fact]
    public void OKR0111_PeriodEndsBeforeStart()
    {
        var set = Valid();
        var backwards = new Period { Id = "2026-Q1", Start = new DateOnly(2026, 3, 31), End = new DateOnly(2026, 1, 1), ParentId = "2026" };
        AssertAt(Only(set with { Periods = [set.Periods[0], backwards] }, DiagnosticCodes.PeriodEndsBeforeStart), "$.periods[1].end", "2026-Q1");
    }

    [Fact]
    public void OKR0112_MissingId()
    {
        var set = Valid();
        var d = Only(set with { Owners = [.. set.Owners, new Owner { Id = " " }] }, DiagnosticCodes.MissingId);
        AssertAt(d, "$.owners[2].id");
    }

    [Fact]
    public void OKR0113_DuplicateAlignment()
    {
        var set = Valid();
        var d = Only(set with { Alignments = [set.Alignments[0], set.Alignments[0] with { Kind = AlignmentKind.Shared }] }, DiagnosticCodes.DuplicateAlignment);
        AssertAt(d, "$.alignments[1]", "child", "k1");
    }

    [Fact]
    public void OKR0114_EmptyTitle_IsWarning()
    {
        AssertAt(Only(WithObjective(Valid(), 0, o => o with { Title = "" }), DiagnosticCodes.EmptyTitle, DiagnosticSeverity.Warning), "$.objectives[0].title", "top");
        AssertAt(Only(WithKr(Valid(), 1, k => k with { Title = "  " }), DiagnosticCodes.EmptyTitle, DiagnosticSeverity.Warning), "$.keyResults[1].title", "k2");
    }

    [Fact]
    public void OKR0115_WrongReferenceKind()
    {
        var set = Valid();
        AssertAt(Only(set with { Alignments = [new Alignment { ChildId = "k2", ParentId = "top", Kind = AlignmentKind.Shared }] }, DiagnosticCodes.WrongReferenceKind), "$.alignments[0].childId", "k2");
        AssertAt(Only(WithObjective(set, 1, o => o with { LinkedKeyResultIds = ["top"] }), DiagnosticCodes.WrongReferenceKind), "$.objectives[1].linkedKeyResultIds[0]", "child", "top");
        AssertAt(Only(WithKr(set, 1, k => k with { ObjectiveId = "k1" }) with { Alignments = [] }, DiagnosticCodes.WrongReferenceKind), "$.keyResults[1].objectiveId", "k2", "k1");
    }

    [Fact]
    public void OKR0116_HierarchyCycle()
    {
        var set = Valid();
        var owners = new[] { new Owner { Id = "a", ParentId = "b" }, new Owner { Id = "b", ParentId = "a" } };
        var d = Only(set with { Owners = [.. set.Owners, .. owners] }, DiagnosticCodes.HierarchyCycle);
        Assert.Equal(["a", "b"], Rotate(d.Ids, "a"));
        Assert.StartsWith("$.owners[", d.Path, StringComparison.Ordinal);
        var periods = new[] { Period.Year(2030) with { ParentId = "2030" } };
        Assert.Contains(Assert.Single((set with { Periods = [.. set.Periods, .. periods] }).Compile().Diagnostics, x => x.Code == DiagnosticCodes.HierarchyCycle).Ids, id => id == "2030");
    }

    [Fact]
    public void OKR0117_NoMilestoneWeight()
    {
        AssertAt(Only(WithKr(Valid(), 1, k => k with { Measure = Measure.Milestones() }), DiagnosticCodes.NoMilestoneWeight), "$.keyResults[1].measure.steps", "k2");
        AssertAt(Only(WithKr(Valid(), 1, k => k with { Measure = Measure.Milestones(new Milestone { Title = "A", Weight = 0 }) }), DiagnosticCodes.NoMilestoneWeight), "$.keyResults[1].measure.steps", "k2");
        Assert.True(WithKr(Valid(), 1, k => k with { Measure = Measure.Milestones(new Milestone { Title = "A", Weight = 0 }, new Milestone { Title = "B" }) }).Compile().Succeeded);
    }

    [Fact]
    public void OKR0118_DerivedWithoutChildren_IsWarning()
    {
        AssertAt(Only(WithKr(Valid(), 1, k => k with { Derived = true }), DiagnosticCodes.DerivedWithoutChildren, DiagnosticSeverity.Warning), "$.keyResults[1].derived", "k2");
        Assert.Empty(WithKr(Valid(), 0, k => k with { Derived = true }).Compile().Diagnostics);
    }

    [Fact]
    public void OKR0119_RedundantLink_IsWarning()
    {
        AssertAt(Only(WithObjective(Valid(), 1, o => o with { LinkedKeyResultIds = ["k2"] }), DiagnosticCodes.RedundantLink, DiagnosticSeverity.Warning), "$.objectives[1].linkedKeyResultIds[0]", "child", "k2");
        var twice = WithObjective(Valid(), 0, o => o with { LinkedKeyResultIds = ["k2", "k2"] }) with { Alignments = [] };
        AssertAt(Only(twice, DiagnosticCodes.RedundantLink, DiagnosticSeverity.Warning), "$.objectives[0].linkedKeyResultIds[1]", "top", "k2");
    }

    [Fact]
    public void OKR0120_DoneDateWithoutDone_IsWarning()
    {
        var measure = Measure.Milestones(new Milestone { Title = "Launch", DoneOn = new DateOnly(2026, 2, 1) });
        AssertAt(Only(WithKr(Valid(), 1, k => k with { Measure = measure }), DiagnosticCodes.DoneDateWithoutDone, DiagnosticSeverity.Warning), "$.keyResults[1].measure.steps[0].doneOn", "k2");
    }

    [Fact]
    public void OKR0122_MissingValue_NullMeasureCheckInOrCheckpoint_IsItsOwnCode_NotAnUnknownReference()
    {
        AssertAt(Only(WithKr(Valid(), 1, k => k with { Measure = null! }), DiagnosticCodes.MissingValue), "$.keyResults[1].measure", "k2");
        AssertAt(Only(WithKr(Valid(), 1, k => k with { CheckIns = [null!] }), DiagnosticCodes.MissingValue), "$.keyResults[1].checkIns[0]", "k2");
        AssertAt(Only(WithKr(Valid(), 1, k => k with { Checkpoints = [null!] }), DiagnosticCodes.MissingValue), "$.keyResults[1].checkpoints[0]", "k2");
    }

    [Fact]
    public void OKR0123_UndefinedEnumValue()
    {
        AssertAt(Only(WithObjective(Valid(), 0, o => o with { Commitment = (Commitment)9 }), DiagnosticCodes.UndefinedEnumValue), "$.objectives[0].commitment", "top");
        var d = Only(WithKr(Valid(), 1, k => k with { Measure = new ThresholdMeasure { Direction = (ThresholdDirection)7, Limit = 3 } }), DiagnosticCodes.UndefinedEnumValue);
        AssertAt(d, "$.keyResults[1].measure.direction", "k2");
        Assert.Contains("AtLeast, AtMost", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OKR0124_ProgressOutOfRange()
    {
        var d = Only(WithKr(Valid(), 1, k => k with { Measure = Measure.Metric(0, 1e-300, 1e10) }), DiagnosticCodes.ProgressOutOfRange);
        AssertAt(d, "$.keyResults[1].measure.current", "k2");
        Assert.True(WithKr(Valid(), 1, k => k with { Measure = Measure.Metric(-1e308, 1e308, 1e308) }).Compile().Succeeded);
    }

    [Fact]
    public void OKR0121_NegativeManualProgress()
    {
        AssertAt(Only(WithObjective(Valid(), 0, o => o with { ManualProgress = -0.1 }), DiagnosticCodes.NegativeManualProgress), "$.objectives[0].manualProgress", "top");
        Assert.True(WithObjective(Valid(), 0, o => o with { ManualProgress = 0 }).Compile().Succeeded);
    }

    [Fact]
    public void EveryGraphCode_IsCoveredByATestHere()
    {
        var codes = typeof(DiagnosticCodes).GetFields().Select(f => (string)f.GetRawConstantValue()!).Where(c => c.StartsWith("OKR01", StringComparison.Ordinal)).Order().ToArray();
        var tested = typeof(CompileDiagnosticsTests).GetMethods().Select(m => m.Name).Where(n => n.StartsWith("OKR01", StringComparison.Ordinal)).Select(n => n[..7]).Distinct().Order().ToArray();
        Assert.Equal(codes, tested);
    }

    [Fact]
    public void ManyProblems_AllReportedAtOnce_InOneException()
    {
        var set = Valid();
        var broken = set with
        {
            Owners = [.. set.Owners, new Owner { Id = "team" }],
            Periods = [Period.Year(2026), Period.Quarter(2027, 1, id: "2026-Q1", parentId: "2026")],
            Objectives = [set.Objectives[0] with { OwnerIds = [], ManualProgress = -1 }, set.Objectives[1] with { PeriodId = "nowhere" }],
            KeyResults =
            [
                set.KeyResults[0] with { Measure = Measure.Metric(5, 5), Weight = -2 },
                set.KeyResults[1] with { Measure = Measure.Milestones(), CheckIns = [new CheckIn { Date = new DateOnly(2026, 1, 2), Value = double.NaN }] },
            ],
            Alignments = [set.Alignments[0] with { Kind = AlignmentKind.Localized }, new Alignment { ChildId = "top", ParentId = "ghost", Kind = AlignmentKind.Shared }],
        };
        var result = broken.Compile();
        Assert.False(result.Succeeded);
        var expected = new[]
        {
            DiagnosticCodes.DuplicateId, DiagnosticCodes.PeriodOutsideParent, DiagnosticCodes.NegativeManualProgress,
            DiagnosticCodes.UnknownReference, DiagnosticCodes.StartEqualsTarget, DiagnosticCodes.NegativeWeight, DiagnosticCodes.NoMilestoneWeight,
            DiagnosticCodes.NotFinite, DiagnosticCodes.AlignmentKindMismatch, DiagnosticCodes.UnknownReference,
        };
        Assert.Equal(expected.Order(), result.Diagnostics.Select(d => d.Code).Order());
        var exception = Assert.Throws<OkrValidationException>(() => result.ThrowIfFailed());
        Assert.Equal(result.Diagnostics, exception.Diagnostics);
        foreach (var d in result.Diagnostics) Assert.Contains(d.Code, exception.Message, StringComparison.Ordinal);
    }

    private static string[] Rotate(IReadOnlyList<string> cycle, string first)
    {
        var i = cycle.ToList().IndexOf(first);
        Assert.True(i >= 0, $"'{first}' is not in the cycle [{string.Join(", ", cycle)}]");
        return [.. cycle.Skip(i), .. cycle.Take(i)];
    }
}
