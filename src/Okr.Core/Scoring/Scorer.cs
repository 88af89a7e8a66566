namespace Okr.Core.Scoring;

/// <summary>How a key result or objective stands against the calendar.</summary>
public enum ProgressStatus
{
    /// <summary>Not measured: no value, a baseline key result, or no measured input.</summary>
    NoData,

    /// <summary>The period has not begun yet.</summary>
    NotStarted,

    /// <summary>At or ahead of the expected progress.</summary>
    OnTrack,

    /// <summary>Behind the expected progress, by no more than the at-risk gap.</summary>
    Behind,

    /// <summary>Behind the expected progress by more than the at-risk gap.</summary>
    AtRisk,

    /// <summary>The target is reached (progress of 1 or more).</summary>
    Achieved,
}

/// <summary>
/// Scores key results: the value as of a date, raw and clamped progress for every measure, expected progress,
/// status and grade. Pure functions; nothing is cached.
/// </summary>
public static partial class Scorer
{
    /// <summary>
    /// The key result's value as of a day: the latest check-in on or before it; when the key result keeps no
    /// check-ins at all, the measure's undated current value. <see langword="null"/> when there is none.
    /// </summary>
    /// <param name="keyResult">The key result.</param>
    /// <param name="asOf">The day.</param>
    /// <returns>The value, or <see langword="null"/> when nothing is known by then.</returns>
    public static double? ValueAsOf(KeyResult keyResult, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(keyResult);
        var checkIns = keyResult.CheckIns;
        if (checkIns.Count == 0)
        {
            return keyResult.Measure switch
            {
                MetricMeasure m => m.Current,
                ThresholdMeasure t => t.Current,
                _ => null,
            };
        }
        return LatestCheckIn(keyResult, asOf)?.Value;
    }

    /// <summary>
    /// Raw progress of a key result as of a day, before clamping: metric (value - start) / (target - start),
    /// threshold 1 or 0, milestones the done weight over the total weight. <see langword="null"/> when not measured
    /// (no value yet, a baseline, a derived key result, or an invalid measure).
    /// </summary>
    /// <param name="keyResult">The key result.</param>
    /// <param name="asOf">The day.</param>
    /// <returns>The raw progress, or <see langword="null"/>.</returns>
    public static double? RawProgress(KeyResult keyResult, DateOnly asOf)
    {
        var raw = RawProgressOrNaN(keyResult, asOf);
        return double.IsNaN(raw) ? null : raw;
    }

    /// <summary>Raw progress, with NaN for "not measured" (the allocation-free form the rollup uses).</summary>
    internal static double RawProgressOrNaN(KeyResult keyResult, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(keyResult);
        if (keyResult.Derived) return double.NaN;
        switch (keyResult.Measure)
        {
            case MetricMeasure or ThresholdMeasure:
                return ValueAsOf(keyResult, asOf) is { } value ? keyResult.Measure.ProgressOfValue(value) : double.NaN;
            case MilestoneMeasure ms:
                {
                    double done = 0, total = 0, largest = 0;
                    var steps = ms.Steps;
                    for (var i = 0; i < steps.Count; i++)
                    {
                        total += steps[i].Weight;
                        largest = Math.Max(largest, steps[i].Weight);
                        if (steps[i].IsDoneAsOf(asOf)) done += steps[i].Weight;
                    }
                    if (!(total > 0)) return double.NaN;
                    if (double.IsFinite(total) && total >= 1e-280) return done / total;
                    // Weights near the ends of the double range: sum them scaled by the largest, which changes no ratio.
                    done = total = 0;
                    for (var i = 0; i < steps.Count; i++)
                    {
                        var w = steps[i].Weight / largest;
                        total += w;
                        if (steps[i].IsDoneAsOf(asOf)) done += w;
                    }
                    return done / total;
                }
            default:
                return double.NaN;
        }
    }

    /// <summary>
    /// Progress as it feeds rollups: the raw progress clamped by <paramref name="options"/>, or NaN when not measured.
    /// </summary>
    internal static double MeasuredProgress(KeyResult keyResult, DateOnly asOf, ScoringOptions options)
        => options.Clamp(RawProgressOrNaN(keyResult, asOf));

    /// <summary>
    /// Expected progress on a day when progress is planned to run linearly over the period: 0 on the first day,
    /// 1 on the last, clamped outside the period.
    /// </summary>
    /// <param name="period">The period.</param>
    /// <param name="asOf">The day.</param>
    /// <returns>The expected progress in [0, 1].</returns>
    public static double ExpectedProgress(Period period, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(period);
        if (asOf <= period.Start) return 0;
        if (asOf >= period.End) return 1;
        return (double)(asOf.DayNumber - period.Start.DayNumber) / (period.End.DayNumber - period.Start.DayNumber);
    }

    /// <summary>
    /// The status of a progress against an expected progress: no data when not measured, not started before the
    /// period begins, achieved at 1 or more, otherwise on track, behind or at risk by the gap (expected - progress).
    /// </summary>
    /// <param name="progress">The progress, or <see langword="null"/> when not measured.</param>
    /// <param name="expected">The expected progress on the day.</param>
    /// <param name="period">The period, or <see langword="null"/> when the OKR has none (then "not started" never applies).</param>
    /// <param name="asOf">The day.</param>
    /// <param name="options">The thresholds; <see langword="null"/> for <see cref="ScoringOptions.Default"/>.</param>
    /// <returns>The status.</returns>
    public static ProgressStatus Status(double? progress, double expected, Period? period, DateOnly asOf, ScoringOptions? options = null)
    {
        options ??= ScoringOptions.Default;
        if (period is not null && asOf < period.Start) return ProgressStatus.NotStarted;
        if (progress is not { } p || double.IsNaN(p)) return ProgressStatus.NoData;
        if (p >= 1) return ProgressStatus.Achieved;
        var gap = expected - p;
        return gap <= 0 ? ProgressStatus.OnTrack : gap <= options.AtRiskGap ? ProgressStatus.Behind : ProgressStatus.AtRisk;
    }

    /// <summary>The grade of a progress for an objective of the given commitment.</summary>
    /// <param name="progress">The progress, 0 = start, 1 = target.</param>
    /// <param name="commitment">Committed or aspirational.</param>
    /// <param name="options">The bands; <see langword="null"/> for <see cref="ScoringOptions.Default"/>.</param>
    /// <returns>The grade.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The progress is NaN: something not measured has no grade (it is not red).</exception>
    public static Grade GradeOf(double progress, Commitment commitment, ScoringOptions? options = null)
        => (options ?? ScoringOptions.Default).BandsFor(commitment).GradeOf(progress);
}
