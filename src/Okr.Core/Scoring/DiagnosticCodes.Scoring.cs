namespace Okr.Core;

/// <summary>The scoring and check-in codes, OKR02xx (documented in <c>docs/diagnostics.md</c> and <c>docs/scoring.md</c>).</summary>
public static partial class DiagnosticCodes
{
    /// <summary>A check-in is dated outside its objective's period (a warning: the value is kept and used for dates after it).</summary>
    public const string CheckInOutsidePeriod = "OKR0201";

    /// <summary>A confidence score lies outside [0, 1] or is not a number, or a confidence level is not one of low, medium, high.</summary>
    public const string ConfidenceOutOfRange = "OKR0202";

    /// <summary>Two check-ins of one key result share a date, so the value on that day is ambiguous.</summary>
    public const string DuplicateCheckInDate = "OKR0203";

    /// <summary>Two checkpoints of one key result share a date, so the expected value on that day is ambiguous.</summary>
    public const string DuplicateCheckpointDate = "OKR0204";

    /// <summary>A checkpoint is dated outside its objective's period (a warning: it is not used for expected progress).</summary>
    public const string CheckpointOutsidePeriod = "OKR0205";

    /// <summary>A measure has both a current value and check-ins; the check-ins win and the current value is not used (a warning).</summary>
    public const string CurrentAndCheckIns = "OKR0206";

    /// <summary>
    /// A threshold or baseline key result has checkpoints; they have no progress scale, so expected progress stays linear
    /// and the checkpoints are not used (a warning).
    /// </summary>
    public const string CheckpointsNotUsed = "OKR0207";

    /// <summary>A milestone key result has a checkpoint whose value (the expected done fraction) lies outside [0, 1].</summary>
    public const string CheckpointFractionOutOfRange = "OKR0208";
}
