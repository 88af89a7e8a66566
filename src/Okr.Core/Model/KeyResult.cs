using Okr.Core.Internal;

namespace Okr.Core;

/// <summary>A value a key result is expected to show by a date (a phased target), in the measure's unit.</summary>
public sealed record Checkpoint
{
    /// <summary>The day by which the value is expected.</summary>
    public required DateOnly Date { get; init; }

    /// <summary>
    /// The value expected by <see cref="Date"/>, in the measure's unit; for a milestone key result, the
    /// expected fraction of the steps' weight done (0 to 1).
    /// </summary>
    public required double Value { get; init; }

    /// <summary>Properties a vendor attached that Okr.Core does not interpret, as raw JSON text by name. Kept on round trip.</summary>
    public IReadOnlyDictionary<string, string> Extensions { get; init => field = ValueMap.From(value); } = ValueMap.Empty;
}

/// <summary>A measurable result that shows progress toward one objective.</summary>
public sealed record KeyResult
{
    /// <summary>The user's identifier, unique among objectives and key results.</summary>
    public required string Id { get; init; }

    /// <summary>What is measured, for example "Reduce reported bugs by 30% by quarter end".</summary>
    public required string Title { get; init; }

    /// <summary>The id of the one objective this key result is defined under.</summary>
    public required string ObjectiveId { get; init; }

    /// <summary>How the key result is measured.</summary>
    public required Measure Measure { get; init; }

    /// <summary>The id of the owner, or <see langword="null"/> to inherit the objective's owners (reported by health checks).</summary>
    public string? OwnerId { get; init; }

    /// <summary>The key result's weight among its objective's inputs, &gt;= 0; default 1.</summary>
    public double Weight { get; init; } = 1;

    /// <summary>
    /// Whether progress is derived from the objectives cascaded from this key result (the tight cascade model)
    /// instead of its own measure.
    /// </summary>
    public bool Derived { get; init; }

    /// <summary>The dated measurements; the value as of a day is the latest check-in on or before it.</summary>
    public IReadOnlyList<CheckIn> CheckIns { get; init => field = ValueList<CheckIn>.From(value); } = ValueList<CheckIn>.Empty;

    /// <summary>Phased targets: dated values expected along the way, which make expected progress piecewise linear.</summary>
    public IReadOnlyList<Checkpoint> Checkpoints { get; init => field = ValueList<Checkpoint>.From(value); } = ValueList<Checkpoint>.Empty;

    /// <summary>A longer description, or <see langword="null"/>.</summary>
    public string? Description { get; init; }

    /// <summary>Properties a vendor attached that Okr.Core does not interpret, as raw JSON text by name. Kept on round trip.</summary>
    public IReadOnlyDictionary<string, string> Extensions { get; init => field = ValueMap.From(value); } = ValueMap.Empty;
}
