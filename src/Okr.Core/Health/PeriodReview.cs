using Okr.Core.Internal;
using Okr.Core.Rollup;

namespace Okr.Core.Health;

/// <summary>What the average score of a period's key results says about how the targets were set.</summary>
public enum PortfolioVerdict
{
    /// <summary>No key result of the period is measured: nothing to judge (never read as a score of 0).</summary>
    NotMeasured,

    /// <summary>The average is at or above <see cref="PeriodReviewOptions.TooSafeAverage"/> (0.9): the targets were too safe.</summary>
    TargetsTooSafe,

    /// <summary>The average is at or above <see cref="PeriodReviewOptions.HealthyAverage"/> (0.6): ambitious targets, mostly reached.</summary>
    Healthy,

    /// <summary>The average is at or above <see cref="PeriodReviewOptions.PartialAverage"/> (0.3): partly reached.</summary>
    Partial,

    /// <summary>The average is below <see cref="PeriodReviewOptions.PartialAverage"/>: the targets outran the capacity behind them.</summary>
    OutranCapacity,
}

/// <summary>What one key result's score at the close of its period says.</summary>
public enum KeyResultScoreNote
{
    /// <summary>Not measured: no note (never read as a score of 0).</summary>
    NotMeasured,

    /// <summary>At or above <see cref="PeriodReviewOptions.TooSafeScore"/> (1.0): reached in full, so probably set too safe.</summary>
    TooSafe,

    /// <summary>From <see cref="PeriodReviewOptions.IntendedScore"/> (0.6) up to <see cref="PeriodReviewOptions.TooSafeScore"/>: the level an ambitious key result is meant to reach.</summary>
    IntendedLevel,

    /// <summary>From <see cref="PeriodReviewOptions.DisconnectedScore"/> (0.3) up to <see cref="PeriodReviewOptions.IntendedScore"/>: partly reached.</summary>
    Partial,

    /// <summary>Below <see cref="PeriodReviewOptions.DisconnectedScore"/> (0.3): the target was disconnected from the capacity behind it.</summary>
    DisconnectedFromCapacity,
}

/// <summary>The thresholds of a period-close review. Immutable; change it with <see langword="with"/> expressions.</summary>
public sealed record PeriodReviewOptions
{
    /// <summary>The defaults: 0.9 / 0.6 / 0.3 for the average, 1.0 / 0.6 / 0.3 for each key result.</summary>
    public static PeriodReviewOptions Default { get; } = new();

    /// <summary>An average score at or above this says <see cref="PortfolioVerdict.TargetsTooSafe"/>. Default 0.9.</summary>
    public double TooSafeAverage { get; init => field = Require.Fraction(value); } = 0.9;

    /// <summary>An average score at or above this (and below <see cref="TooSafeAverage"/>) says <see cref="PortfolioVerdict.Healthy"/>. Default 0.6.</summary>
    public double HealthyAverage { get; init => field = Require.Fraction(value); } = 0.6;

    /// <summary>An average score at or above this (and below <see cref="HealthyAverage"/>) says <see cref="PortfolioVerdict.Partial"/>; below it, <see cref="PortfolioVerdict.OutranCapacity"/>. Default 0.3.</summary>
    public double PartialAverage { get; init => field = Require.Fraction(value); } = 0.3;

    /// <summary>A key result scoring at or above this is <see cref="KeyResultScoreNote.TooSafe"/>. Default 1.0.</summary>
    public double TooSafeScore { get; init => field = Require.Fraction(value); } = 1.0;

    /// <summary>A key result scoring at or above this (and below <see cref="TooSafeScore"/>) is <see cref="KeyResultScoreNote.IntendedLevel"/>. Default 0.6.</summary>
    public double IntendedScore { get; init => field = Require.Fraction(value); } = 0.6;

    /// <summary>A key result scoring below this is <see cref="KeyResultScoreNote.DisconnectedFromCapacity"/>. Default 0.3.</summary>
    public double DisconnectedScore { get; init => field = Require.Fraction(value); } = 0.3;
}

/// <summary>One key result at the close of its period: its score and what the score says.</summary>
/// <param name="Id">The key result's id.</param>
/// <param name="Score">Its clamped progress on the review day (0 to 1), or <see langword="null"/> when not measured.</param>
/// <param name="Note">What the score says.</param>
public readonly record struct KeyResultReview(string Id, double? Score, KeyResultScoreNote Note);

/// <summary>The close of a period: the average score of its key results, the verdict it gives, and a note per key result.</summary>
public sealed record PeriodReview
{
    /// <summary>The period reviewed.</summary>
    public required string PeriodId { get; init; }

    /// <summary>The day the scores are taken on (the rollup's day; the period's end for a review at close).</summary>
    public required DateOnly AsOf { get; init; }

    /// <summary>The mean score of the measured key results, or <see langword="null"/> when none is measured.</summary>
    public double? AverageScore { get; init; }

    /// <summary>What the average says.</summary>
    public required PortfolioVerdict Verdict { get; init; }

    /// <summary>Every key result of the period (of its objectives, and of objectives in periods inside it), in the graph's order.</summary>
    public IReadOnlyList<KeyResultReview> KeyResults { get; init => field = ValueList<KeyResultReview>.From(value); } = ValueList<KeyResultReview>.Empty;
}

/// <summary>Reviews a period at its close: <c>result.ReviewPeriod("2026-Q1")</c>.</summary>
public static class PeriodReviewer
{
    /// <summary>
    /// Scores the key results of one period as the rollup sees them and says what the scores mean: the average against
    /// <see cref="PeriodReviewOptions.TooSafeAverage"/>, <see cref="PeriodReviewOptions.HealthyAverage"/> and
    /// <see cref="PeriodReviewOptions.PartialAverage"/>, and a note per key result. A key result belongs to the period
    /// of its objective; a period includes the periods inside it (a year, its quarters). Key results that are not
    /// measured are listed with <see cref="KeyResultScoreNote.NotMeasured"/> and left out of the average, never counted as 0.
    /// Roll up as of the period's end for a review at close.
    /// </summary>
    /// <param name="result">The rollup to take the scores from.</param>
    /// <param name="periodId">The period to review.</param>
    /// <param name="options">Thresholds, or <see langword="null"/> for <see cref="PeriodReviewOptions.Default"/>.</param>
    /// <returns>The review.</returns>
    /// <exception cref="ArgumentException">No period of the set has the id.</exception>
    public static PeriodReview ReviewPeriod(this RollupResult result, string periodId, PeriodReviewOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentException.ThrowIfNullOrWhiteSpace(periodId);
        options ??= PeriodReviewOptions.Default;
        var set = result.Graph.Set;
        var periods = new Dictionary<string, Period>(StringComparer.Ordinal);
        foreach (var period in set.Periods) periods.TryAdd(period.Id, period);
        if (!periods.ContainsKey(periodId))
        {
            throw new ArgumentException($"No period has the id '{periodId}'; the set's periods are: {string.Join(", ", periods.Keys)}.", nameof(periodId));
        }

        var inside = new Dictionary<string, bool>(StringComparer.Ordinal);
        var reviews = new List<KeyResultReview>();
        double sum = 0;
        var measured = 0;
        foreach (var node in result.Nodes)
        {
            if (node.Node.KeyResult is not { } keyResult) continue;
            if (!result.Graph.TryGetNode(keyResult.ObjectiveId, out var objective) || objective.Objective?.PeriodId is not { } own) continue;
            if (!IsInside(own, periodId, periods, inside)) continue;
            var score = node.Progress;
            reviews.Add(new KeyResultReview(keyResult.Id, score, NoteFor(score, options)));
            if (score is { } s)
            {
                // Scores are clamped to [0, 1], so the sum of a million of them stays finite and exact enough.
                sum += s;
                measured++;
            }
        }
        double? average = measured == 0 ? null : sum / measured;
        return new PeriodReview
        {
            PeriodId = periodId,
            AsOf = result.AsOf,
            AverageScore = average,
            Verdict = average switch
            {
                null => PortfolioVerdict.NotMeasured,
                { } a when a >= options.TooSafeAverage => PortfolioVerdict.TargetsTooSafe,
                { } a when a >= options.HealthyAverage => PortfolioVerdict.Healthy,
                { } a when a >= options.PartialAverage => PortfolioVerdict.Partial,
                _ => PortfolioVerdict.OutranCapacity,
            },
            KeyResults = reviews,
        };
    }

    private static KeyResultScoreNote NoteFor(double? score, PeriodReviewOptions options) => score switch
    {
        null => KeyResultScoreNote.NotMeasured,
        { } s when s >= options.TooSafeScore => KeyResultScoreNote.TooSafe,
        { } s when s >= options.IntendedScore => KeyResultScoreNote.IntendedLevel,
        { } s when s >= options.DisconnectedScore => KeyResultScoreNote.Partial,
        _ => KeyResultScoreNote.DisconnectedFromCapacity,
    };

    // Whether a period is the reviewed one or lies inside it, by its parent chain (walked iteratively, each period
    // once: the answers are remembered, and a chain that loops or names an unknown parent is not inside).
    private static bool IsInside(string periodId, string reviewed, Dictionary<string, Period> periods, Dictionary<string, bool> known)
    {
        var chain = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var answer = false;
        for (var id = periodId; ; )
        {
            if (known.TryGetValue(id, out var cached)) { answer = cached; break; }
            if (string.Equals(id, reviewed, StringComparison.Ordinal)) { answer = true; chain.Add(id); break; }
            if (!seen.Add(id)) break;
            chain.Add(id);
            if (!periods.TryGetValue(id, out var period) || period.ParentId is not { } parent) break;
            id = parent;
        }
        foreach (var id in chain) known[id] = answer;
        return answer;
    }
}
