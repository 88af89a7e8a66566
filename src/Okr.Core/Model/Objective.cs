using Okr.Core.Internal;
using Okr.Core.Rollup;

namespace Okr.Core;

/// <summary>How ambitious an objective is, which decides how it is graded.</summary>
public enum Commitment
{
    /// <summary>Expected to reach 100%; only full achievement is green.</summary>
    Committed,

    /// <summary>A stretch goal; about 70% counts as success.</summary>
    Aspirational,
}

/// <summary>Which inputs feed an objective's progress.</summary>
public enum ProgressSource
{
    /// <summary>Only the objective's own key results (defined under it or linked to it). The default.</summary>
    KeyResults,

    /// <summary>Only the child objectives aligned directly to it whose alignment contributes (weight &gt; 0).</summary>
    Children,

    /// <summary>Its key results and its contributing child objectives together.</summary>
    Both,
}

/// <summary>A qualitative outcome that one or more owners commit to for a period.</summary>
public sealed record Objective
{
    /// <summary>The user's identifier, unique among objectives and key results.</summary>
    public required string Id { get; init; }

    /// <summary>What the objective wants to achieve, for example "Improve product quality".</summary>
    public required string Title { get; init; }

    /// <summary>A longer description, or <see langword="null"/>.</summary>
    public string? Description { get; init; }

    /// <summary>The ids of the owners; several owners make it a shared objective. Empty is reported as a warning.</summary>
    public IReadOnlyList<string> OwnerIds { get; init => field = ValueList<string>.From(value); } = ValueList<string>.Empty;

    /// <summary>The id of the period the objective belongs to, or <see langword="null"/> when it has none.</summary>
    public string? PeriodId { get; init; }

    /// <summary>Whether the objective is committed or aspirational; default committed.</summary>
    public Commitment Commitment { get; init; } = Commitment.Committed;

    /// <summary>Which inputs feed the objective's progress; default its key results.</summary>
    public ProgressSource ProgressSource { get; init; } = ProgressSource.KeyResults;

    /// <summary>
    /// The name of the rollup strategy that combines the inputs (<c>weightedMean</c>, <c>mean</c>, <c>minimum</c>,
    /// <c>sum</c>, or a custom one registered in <see cref="RollupOptions.Strategies"/>), or <see langword="null"/> for
    /// the default of the rollup options. Names ignore case, hyphens, underscores and spaces: <c>weighted-mean</c>
    /// names the weighted mean too.
    /// </summary>
    public string? Strategy { get; init; }

    /// <summary>
    /// Whether metric key results of one unit weigh by the size of their targets, |target - start|, times their own
    /// weights (sales targets of 100k, 20k and 1k at equal weights weigh 82.6%, 16.5% and 0.8%).
    /// </summary>
    public bool WeightByTarget { get; init; }

    /// <summary>A progress set by hand that replaces the computed value, or <see langword="null"/>.</summary>
    public double? ManualProgress { get; init; }

    /// <summary>
    /// Ids of key results defined under other objectives that this objective also counts, by reference
    /// (a localized team copying down an upper key result it is directly responsible for).
    /// </summary>
    public IReadOnlyList<string> LinkedKeyResultIds { get; init => field = ValueList<string>.From(value); } = ValueList<string>.Empty;

    /// <summary>Properties a vendor attached that Okr.Core does not interpret, as raw JSON text by name. Kept on round trip.</summary>
    public IReadOnlyDictionary<string, string> Extensions { get; init => field = ValueMap.From(value); } = ValueMap.Empty;
}
