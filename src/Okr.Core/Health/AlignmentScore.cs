using Okr.Core.Internal;

namespace Okr.Core.Health;

/// <summary>The kinds of gap the alignment health score (<see cref="AlignmentScore"/>) charges points for.</summary>
public enum AlignmentGapKind
{
    /// <summary>No objective is a top-level objective (<see cref="HealthOptions.TopLevelOwnerKinds"/>): nothing anchors the alignment.</summary>
    NoCompanyAnchor,

    /// <summary>Objectives below the top level that support nothing (the objectives <see cref="Okr.Core.Diagnostics.DiagnosticCodes.Orphan"/> reports).</summary>
    Orphans,

    /// <summary>Objectives with no key result (own or linked) whose progress is not meant to come from children only.</summary>
    ObjectivesWithoutKeyResults,

    /// <summary>Alignments that skip a department (the ones <see cref="Okr.Core.Diagnostics.DiagnosticCodes.LevelSkip"/> reports).</summary>
    LevelSkips,

    /// <summary>Departments with OKRs none of which is aligned to, shared with or owned with another department.</summary>
    IsolatedDepartments,
}

/// <summary>
/// What one kind of gap costs: <see cref="PerGap"/> points for each one found, at most <see cref="Max"/> in all.
/// Counting gaps (not shares of the org) means an organisation that grows by healthy teams keeps its score.
/// </summary>
public sealed record AlignmentScoreWeight
{
    /// <summary>Makes a weight.</summary>
    /// <param name="perGap">The points each gap costs; finite, 0 or more.</param>
    /// <param name="max">The most points this kind of gap can cost in all; finite, 0 or more.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is negative or not finite.</exception>
    public AlignmentScoreWeight(double perGap, double max)
    {
        PerGap = Require.FiniteAtLeast(perGap, 0, nameof(perGap));
        Max = Require.FiniteAtLeast(max, 0, nameof(max));
    }

    /// <summary>The points each gap costs.</summary>
    public double PerGap { get; }

    /// <summary>The most points this kind of gap can cost in all.</summary>
    public double Max { get; }
}

/// <summary>One kind of gap the alignment health score found: how many, the points they cost and the ids involved.</summary>
public sealed record AlignmentGap
{
    /// <summary>The kind of gap.</summary>
    public required AlignmentGapKind Kind { get; init; }

    /// <summary>How many were found (at least 1).</summary>
    public required int Count { get; init; }

    /// <summary>The points they cost (<c>min(Count * PerGap, Max)</c>).</summary>
    public required double Points { get; init; }

    /// <summary>The ids of the objectives (or departments) involved, sorted ordinally; empty for <see cref="AlignmentGapKind.NoCompanyAnchor"/>.</summary>
    public IReadOnlyList<string> Ids { get; init => field = ValueList<string>.From(value); } = ValueList<string>.Empty;
}

/// <summary>
/// The alignment health score: 100 less the points each kind of gap costs (weights in
/// <see cref="HealthOptions"/>: <c>NoCompanyAnchorWeight</c>, <c>OrphanWeight</c>, <c>NoKeyResultsWeight</c>,
/// <c>LevelSkipWeight</c>, <c>IsolatedDepartmentWeight</c>), never below 0, with the gaps that cost points named.
/// Computed whatever rules are disabled, like the metrics. <see langword="null"/> on a report of a set with no objective.
/// </summary>
public sealed record AlignmentScore
{
    /// <summary>The score, from 0 to 100.</summary>
    public required double Score { get; init; }

    /// <summary>The gaps that cost points, in the order of <see cref="AlignmentGapKind"/>; empty for a score of 100.</summary>
    public IReadOnlyList<AlignmentGap> Gaps { get; init => field = ValueList<AlignmentGap>.From(value); } = ValueList<AlignmentGap>.Empty;
}
