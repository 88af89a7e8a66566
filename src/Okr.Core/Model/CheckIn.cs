using Okr.Core.Internal;

namespace Okr.Core;

/// <summary>A coarse confidence that a key result will be reached, as teams often state it.</summary>
public enum ConfidenceLevel
{
    /// <summary>Unlikely to be reached.</summary>
    Low,

    /// <summary>Could go either way.</summary>
    Medium,

    /// <summary>Likely to be reached.</summary>
    High,
}

/// <summary>
/// The confidence stated with a check-in: either a score from 0 to 1 or a <see cref="ConfidenceLevel"/>,
/// kept exactly as given. Exactly one of <see cref="Score"/> and <see cref="Level"/> is set.
/// </summary>
public readonly record struct Confidence
{
    private Confidence(double? score, ConfidenceLevel? level)
    {
        Score = score;
        Level = level;
    }

    /// <summary>The confidence as a score from 0 (no chance) to 1 (certain), when given that way.</summary>
    public double? Score { get; }

    /// <summary>The confidence as a level, when given that way.</summary>
    public ConfidenceLevel? Level { get; }

    /// <summary>
    /// A confidence score. Scores outside [0, 1] or not finite are kept as given and reported by
    /// <c>set.Compile()</c> (code <c>OKR0202</c>), so a whole document can be checked at once.
    /// </summary>
    /// <param name="score">The score, expected in [0, 1].</param>
    /// <returns>The confidence.</returns>
    public static Confidence FromScore(double score) => new(score, null);

    /// <summary>A confidence level.</summary>
    /// <param name="level">The level.</param>
    /// <returns>The confidence.</returns>
    public static Confidence FromLevel(ConfidenceLevel level) => new(null, level);

    /// <inheritdoc />
    public override string ToString()
        => Level is { } level ? level.ToString() : Score?.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture) ?? "none";
}

/// <summary>
/// A dated measurement of a key result: its value on a day, with an optional confidence and note.
/// For a milestone key result, the value is ignored for progress; the steps' dates say what was done.
/// </summary>
public sealed record CheckIn
{
    /// <summary>The day the value was measured.</summary>
    public required DateOnly Date { get; init; }

    /// <summary>The measured value, in the key result's unit.</summary>
    public required double Value { get; init; }

    /// <summary>The owner's confidence of reaching the target, if stated.</summary>
    public Confidence? Confidence { get; init; }

    /// <summary>A free-text note, if any.</summary>
    public string? Note { get; init; }

    /// <summary>Properties a vendor attached that Okr.Core does not interpret, as raw JSON text by name. Kept on round trip.</summary>
    public IReadOnlyDictionary<string, string> Extensions { get; init => field = ValueMap.From(value); } = ValueMap.Empty;
}
