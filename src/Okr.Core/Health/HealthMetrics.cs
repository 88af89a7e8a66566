using Okr.Core.Internal;

namespace Okr.Core.Health;

/// <summary>
/// What one alignment level holds: the objectives that lie <see cref="Level"/> alignments below a root objective
/// (by the longest chain), their key results, and how many key results each owner at the level carries.
/// </summary>
public sealed record HealthLevel
{
    /// <summary>The level: 0 for root objectives, 1 for objectives aligned to them, and so on.</summary>
    public required int Level { get; init; }

    /// <summary>The objectives at the level.</summary>
    public required int Objectives { get; init; }

    /// <summary>The key results those objectives carry (their own and those they link).</summary>
    public required int KeyResults { get; init; }

    /// <summary>The distinct owners of the objectives at the level (an objective with no owner is not counted here).</summary>
    public required int Owners { get; init; }

    /// <summary>
    /// The key results carried per owner at the level (of owned objectives), or <see langword="null"/> when no
    /// objective at the level has an owner.
    /// </summary>
    public required double? KeyResultsPerOwner { get; init; }

    /// <summary>
    /// The most key results one owner carries at the level (every owner of an objective carries its key results), or
    /// <see langword="null"/> when no objective at the level has an owner. Beside the mean
    /// (<see cref="KeyResultsPerOwner"/>) it shows the one team a cascade overloads.
    /// </summary>
    public required int? MaxKeyResultsPerOwner { get; init; }

    /// <summary>The owner carrying <see cref="MaxKeyResultsPerOwner"/> (the smallest id on a tie), or <see langword="null"/> when none.</summary>
    public required string? MostLoadedOwnerId { get; init; }

    /// <summary>
    /// <see cref="KeyResultsPerOwner"/> divided by the same figure one level up: 3 under strict cascading of 3 key results
    /// per objective, 1 under localizing. <see langword="null"/> at level 0, or when either figure is unknown or zero.
    /// </summary>
    public required double? GrowthFactor { get; init; }
}

/// <summary>Organisation-level figures of a <see cref="HealthReport"/>. Shares are <see langword="null"/> when there is nothing to share out.</summary>
public sealed record HealthMetrics
{
    /// <summary>The number of objectives.</summary>
    public required int Objectives { get; init; }

    /// <summary>The number of key results.</summary>
    public required int KeyResults { get; init; }

    /// <summary>The number of alignments (edges from a supporting objective to what it supports).</summary>
    public required int Alignments { get; init; }

    /// <summary>The share of alignments that are cascaded, or <see langword="null"/> when there are none.</summary>
    public required double? CascadedShare { get; init; }

    /// <summary>The share of alignments that are localized, or <see langword="null"/> when there are none.</summary>
    public required double? LocalizedShare { get; init; }

    /// <summary>The share of alignments that are bottom-up, or <see langword="null"/> when there are none.</summary>
    public required double? BottomUpShare { get; init; }

    /// <summary>The share of alignments that are shared, or <see langword="null"/> when there are none.</summary>
    public required double? SharedShare { get; init; }

    /// <summary>The number of top-level objectives: objectives that support nothing and have an owner of a kind in <see cref="HealthOptions.TopLevelOwnerKinds"/> (a company, by default).</summary>
    public required int TopLevelObjectives { get; init; }

    /// <summary>
    /// Alignment coverage: the share of objectives that reach a top-level objective through their alignments (top-level
    /// objectives count as reaching themselves), or <see langword="null"/> when there are no objectives.
    /// </summary>
    public required double? AlignmentCoverage { get; init; }

    /// <summary>The number of owners that own at least one objective.</summary>
    public required int LoadedOwners { get; init; }

    /// <summary>The mean number of objectives per owner, over owners that own at least one; <see langword="null"/> when none does.</summary>
    public required double? MeanObjectivesPerOwner { get; init; }

    /// <summary>The most objectives any one owner holds (over all periods); 0 when no objective has an owner.</summary>
    public required int MaxObjectivesPerOwner { get; init; }

    /// <summary>The id of the owner holding <see cref="MaxObjectivesPerOwner"/> (the first by ordinal id on a tie), or <see langword="null"/>.</summary>
    public required string? MostLoadedOwnerId { get; init; }

    /// <summary>The deepest alignment level (0 when every objective is a root); -1 when there are no objectives.</summary>
    public required int DeepestLevel { get; init; }

    /// <summary>
    /// The levels from 0 to <see cref="DeepestLevel"/>: the depth distribution (objectives per level) and the key results carried
    /// per level and per owner, with the growth from level to level that reveals ballooning.
    /// </summary>
    public IReadOnlyList<HealthLevel> Levels { get; init => field = ValueList<HealthLevel>.From(value); } = ValueList<HealthLevel>.Empty;
}
