using static Okr.Core.Tests.Reliability.Pipeline;

namespace Okr.Core.Tests.Reliability;

/// <summary>
/// Compile refuses, with a code and a path, everything a later step cannot handle: null entries in lists, null ids
/// and titles, enum values no member names, and confidences with neither score nor level.
/// </summary>
public class CompileGuardTests
{
    [Fact]
    public void NullEntryInEveryList_IsMissingValueAtItsPath()
    {
        var set = Valid();
        Refused(set with { Owners = [set.Owners[0], null!] }, DiagnosticCodes.MissingValue, "$.owners[1]");
        Refused(set with { Periods = [null!, .. set.Periods] }, DiagnosticCodes.MissingValue, "$.periods[0]");
        Refused(set with { Objectives = [.. set.Objectives, null!] }, DiagnosticCodes.MissingValue, "$.objectives[2]");
        Refused(set with { KeyResults = [.. set.KeyResults, null!] }, DiagnosticCodes.MissingValue, "$.keyResults[2]");
        Refused(set with { Alignments = [null!, .. set.Alignments] }, DiagnosticCodes.MissingValue, "$.alignments[0]");
    }

    [Fact]
    public void NullEntries_AreAllReportedAtOnce()
    {
        var set = Valid();
        var compiled = (set with { Owners = [null!, .. set.Owners], Objectives = [.. set.Objectives, null!], Alignments = [null!] }).Compile();
        Assert.Equal(["$.owners[0]", "$.objectives[2]", "$.alignments[0]"], compiled.Diagnostics.Where(d => d.Code == DiagnosticCodes.MissingValue).Select(d => d.Path));
    }

    [Fact]
    public void NullOwnerId_IsRefusedWhereverItStands()
    {
        var set = Valid();
        var first = set with { Objectives = [set.Objectives[0] with { OwnerIds = [null!, "company"] }, set.Objectives[1]] };
        var last = set with { Objectives = [set.Objectives[0] with { OwnerIds = ["company", null!] }, set.Objectives[1]] };
        Refused(first, DiagnosticCodes.MissingValue, "$.objectives[0].ownerIds[0]");
        Refused(last, DiagnosticCodes.MissingValue, "$.objectives[0].ownerIds[1]");
        var linked = set with { Objectives = [set.Objectives[0] with { LinkedKeyResultIds = [null!] }, set.Objectives[1]] };
        Refused(linked, DiagnosticCodes.MissingValue, "$.objectives[0].linkedKeyResultIds[0]");
    }

    [Fact]
    public void NullTitle_IsAnErrorWhileAnEmptyTitleStaysAWarning()
    {
        var set = Valid();
        Refused(set with { Objectives = [set.Objectives[0] with { Title = null! }, set.Objectives[1]] }, DiagnosticCodes.MissingValue, "$.objectives[0].title");
        Refused(set with { KeyResults = [set.KeyResults[0], set.KeyResults[1] with { Title = null! }] }, DiagnosticCodes.MissingValue, "$.keyResults[1].title");
        var step = set with { KeyResults = [set.KeyResults[0], set.KeyResults[1] with { Measure = Measure.Milestones(new Milestone { Title = null! }) }] };
        Refused(step, DiagnosticCodes.MissingValue, "$.keyResults[1].measure.steps[0].title");

        var empty = RunAll(set with { Objectives = [set.Objectives[0] with { Title = "" }, set.Objectives[1]] });
        Assert.True(empty.Succeeded);
        Assert.Equal(DiagnosticCodes.EmptyTitle, Assert.Single(empty.Diagnostics).Code);
    }

    [Fact]
    public void UndefinedEnumValues_AreRefusedWithTheirPath()
    {
        var set = Valid();
        Refused(set with { Objectives = [set.Objectives[0] with { Commitment = (Commitment)9 }, set.Objectives[1]] }, DiagnosticCodes.UndefinedEnumValue, "$.objectives[0].commitment");
        Refused(set with { Objectives = [set.Objectives[0] with { ProgressSource = (ProgressSource)(-1) }, set.Objectives[1]] }, DiagnosticCodes.UndefinedEnumValue, "$.objectives[0].progressSource");
        Refused(set with { Owners = [set.Owners[0] with { Kind = (OwnerKind)17 }, set.Owners[1]] }, DiagnosticCodes.UndefinedEnumValue, "$.owners[0].kind");
        var threshold = set with { KeyResults = [set.KeyResults[0], set.KeyResults[1] with { Measure = new ThresholdMeasure { Direction = (ThresholdDirection)7, Limit = 3, Current = 5 } }] };
        Refused(threshold, DiagnosticCodes.UndefinedEnumValue, "$.keyResults[1].measure.direction");
        Refused(set with { Alignments = [set.Alignments[0] with { Kind = (AlignmentKind)5 }] }, DiagnosticCodes.UndefinedEnumValue, "$.alignments[0].kind");
    }

    [Fact]
    public void DefaultConfidence_IsRefused()
    {
        var set = Valid();
        var checkIn = new CheckIn { Date = new DateOnly(2026, 2, 1), Value = 5, Confidence = default(Confidence) };
        var d = Refused(set with { KeyResults = [set.KeyResults[0], set.KeyResults[1] with { CheckIns = [checkIn] }] }, DiagnosticCodes.ConfidenceOutOfRange, "$.keyResults[1].checkIns[0].confidence");
        Assert.Equal(["k2"], d.Ids);
    }

    [Fact]
    public void NullExtensionValue_IsRefusedByTheModelItself()
    {
        // Extensions hold raw JSON text; a null entry cannot even be stored, so no later step meets one.
        Assert.ThrowsAny<ArgumentException>(() => new Owner { Id = "x", Extensions = new Dictionary<string, string> { ["x-a"] = null! } });
    }
}
