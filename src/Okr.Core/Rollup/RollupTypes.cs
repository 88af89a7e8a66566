using Okr.Core.Graph;
using Okr.Core.Scoring;
namespace Okr.Core.Rollup;

/// <summary>Where a node's progress came from.</summary>
public enum Provenance
{
    /// <summary>Not measured: no value yet, a baseline key result, or an objective with no measured input. Never 0.</summary>
    NotMeasured,

    /// <summary>A key result scored from its own measure and check-ins.</summary>
    Measured,

    /// <summary>Computed from inputs: an objective from its key results and aligned objectives, or a derived key result from the objectives cascaded from it.</summary>
    Derived,

    /// <summary>An objective's <see cref="Objective.ManualProgress"/>, which replaces the computed value.</summary>
    Manual,
}

/// <summary>Everything a rollup knows about one node.</summary>
/// <param name="Node">The node.</param>
/// <param name="Progress">Clamped progress as it feeds what is above, or <see langword="null"/> when not measured.</param>
/// <param name="RawProgress">Progress before clamping (a key result's measure, an objective's manual value), or <see langword="null"/>.</param>
/// <param name="Provenance">Where the progress came from.</param>
/// <param name="ExpectedProgress">The progress the calendar (and phased targets) expect on the day.</param>
/// <param name="Status">Progress against expected progress.</param>
/// <param name="Grade">The grade of the progress for the objective's commitment, or <see langword="null"/> when not measured.</param>
public readonly record struct NodeProgress(
    OkrNode Node,
    double? Progress,
    double? RawProgress,
    Provenance Provenance,
    double ExpectedProgress,
    ProgressStatus Status,
    Grade? Grade);

/// <summary>The part of a node's influence that goes to one of its direct parents.</summary>
/// <param name="Parent">The parent.</param>
/// <param name="Share">The share, in (0, 1]; a node's shares over all the parents it counts for sum to 1.</param>
public readonly record struct ContributionShare(OkrNode Parent, double Share);

/// <summary>How much an ancestor's progress moves per unit of a node's progress.</summary>
/// <param name="Ancestor">The ancestor.</param>
/// <param name="Weight">
/// The sum over every path from the node up to the ancestor of the product of the node's normalized weight at each
/// step. Exact sensitivity for the weighted mean, mean and sum; the weight share for other strategies.
/// </param>
public readonly record struct Contribution(OkrNode Ancestor, double Weight);

/// <summary>One check-in for one key result, for <see cref="RollupState.ApplyCheckIns(IEnumerable{KeyResultCheckIn})"/>.</summary>
/// <param name="KeyResultId">The key result's id.</param>
/// <param name="CheckIn">The check-in.</param>
public readonly record struct KeyResultCheckIn(string KeyResultId, CheckIn CheckIn);
