namespace Okr.Core;

/// <summary>
/// The stable codes of the diagnostics Okr.Core reports. Each is documented in <c>docs/diagnostics.md</c>
/// with its severity, cause and fix. Codes never change meaning; retired codes are never reused.
/// </summary>
public static partial class DiagnosticCodes
{
    /// <summary>Two owners, two periods, or two objectives or key results share an id.</summary>
    public const string DuplicateId = "OKR0101";

    /// <summary>An id refers to nothing: an unknown owner, period, objective or key result.</summary>
    public const string UnknownReference = "OKR0102";

    /// <summary>Alignments and key results form a cycle; the diagnostic lists the ids around it.</summary>
    public const string Cycle = "OKR0103";

    /// <summary>An alignment's kind does not fit its parent (cascaded needs a key result; localized and bottom-up need an objective).</summary>
    public const string AlignmentKindMismatch = "OKR0104";

    /// <summary>A number is NaN or infinite.</summary>
    public const string NotFinite = "OKR0105";

    /// <summary>A metric's start equals its target, so progress cannot be computed (use a threshold instead).</summary>
    public const string StartEqualsTarget = "OKR0106";

    /// <summary>A weight is below 0.</summary>
    public const string NegativeWeight = "OKR0107";

    /// <summary>A period does not lie within its parent period.</summary>
    public const string PeriodOutsideParent = "OKR0108";

    /// <summary>An objective has no owner (a warning: an OKR without an owner is a defect in the practice).</summary>
    public const string NoOwner = "OKR0109";

    /// <summary>One key result id is defined under two objectives; link it from the second objective instead.</summary>
    public const string KeyResultUnderTwoObjectives = "OKR0110";

    /// <summary>A period ends before it starts.</summary>
    public const string PeriodEndsBeforeStart = "OKR0111";

    /// <summary>An id is missing, empty or white space.</summary>
    public const string MissingId = "OKR0112";

    /// <summary>The same child is aligned to the same parent twice.</summary>
    public const string DuplicateAlignment = "OKR0113";

    /// <summary>An objective or key result has an empty title (a warning).</summary>
    public const string EmptyTitle = "OKR0114";

    /// <summary>An id names the wrong kind of thing (an alignment child that is a key result, a linked id that is an objective).</summary>
    public const string WrongReferenceKind = "OKR0115";

    /// <summary>Owners or periods form a cycle through their parent ids.</summary>
    public const string HierarchyCycle = "OKR0116";

    /// <summary>A milestone measure has no steps, or its steps' weights add up to 0.</summary>
    public const string NoMilestoneWeight = "OKR0117";

    /// <summary>A derived key result has no objective cascaded from it, so it is never measured (a warning).</summary>
    public const string DerivedWithoutChildren = "OKR0118";

    /// <summary>An objective links a key result twice, or links one of its own key results; the extra link is ignored (a warning).</summary>
    public const string RedundantLink = "OKR0119";

    /// <summary>A milestone has a done date but is not done; the date is ignored (a warning).</summary>
    public const string DoneDateWithoutDone = "OKR0120";

    /// <summary>A manual progress is below 0.</summary>
    public const string NegativeManualProgress = "OKR0121";
}
