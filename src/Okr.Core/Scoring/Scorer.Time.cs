namespace Okr.Core.Scoring;

public static partial class Scorer
{
    /// <summary>
    /// Progress of a key result as of a day, as it feeds rollups: the raw progress clamped to [0, 1], or to
    /// [0, cap] when <paramref name="options"/> allow over-achievement. <see langword="null"/> when not measured.
    /// </summary>
    /// <param name="keyResult">The key result.</param>
    /// <param name="asOf">The day.</param>
    /// <param name="options">The clamp; <see langword="null"/> for <see cref="ScoringOptions.Default"/>.</param>
    /// <returns>The clamped progress, or <see langword="null"/>.</returns>
    public static double? Progress(KeyResult keyResult, DateOnly asOf, ScoringOptions? options = null)
    {
        var progress = MeasuredProgress(keyResult, asOf, options ?? ScoringOptions.Default);
        return double.IsNaN(progress) ? null : progress;
    }

    /// <summary>
    /// Expected progress of a key result on a day. Without checkpoints it runs linearly over the period (see
    /// <see cref="ExpectedProgress(Period, DateOnly)"/>). Checkpoints (phased targets) make it piecewise linear
    /// through (first day, 0), each checkpoint's progress, and (last day, 1); a checkpoint on the first or last day
    /// replaces that end point. 0 before the period, the last point's value after it.
    /// </summary>
    /// <param name="keyResult">The key result; its <see cref="KeyResult.Checkpoints"/> are used for metrics and milestones.</param>
    /// <param name="period">The period of the key result's objective.</param>
    /// <param name="asOf">The day.</param>
    /// <returns>The expected progress; in [0, 1] unless a checkpoint asks for more.</returns>
    /// <remarks>
    /// A metric checkpoint's value converts like a check-in: (value - start) / (target - start). A milestone
    /// checkpoint's value is the expected done fraction itself. Thresholds and baselines have no scale, so their
    /// checkpoints are not used (<c>set.Compile()</c> warns: <c>OKR0207</c>). Checkpoints outside the period
    /// (<c>OKR0205</c>) or with a value that is not a finite number (<c>OKR0105</c>) are not used either; of two on
    /// one day (<c>OKR0204</c>) the first counts.
    /// </remarks>
    public static double ExpectedProgress(KeyResult keyResult, Period period, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(keyResult);
        ArgumentNullException.ThrowIfNull(period);
        var checkpoints = keyResult.Checkpoints;
        var measure = keyResult.Measure;
        if (checkpoints.Count == 0 || measure is not (MetricMeasure or MilestoneMeasure) || period.End <= period.Start)
            return ExpectedProgress(period, asOf);
        if (asOf < period.Start) return 0;
        var t = asOf > period.End ? period.End : asOf;

        // The bracketing points around t: the latest on or before it and the earliest after it. The period's ends
        // are the fallback points; a checkpoint on the same day beats them, and the first of two checkpoints wins.
        int loDay = period.Start.DayNumber, hiDay = period.End.DayNumber;
        double lo = 0, hi = 1;
        bool loIsEnd = true, hiIsEnd = true;
        if (t.DayNumber >= hiDay)
        {
            (loDay, lo) = (hiDay, 1);
            hiDay = int.MaxValue;
        }
        for (var i = 0; i < checkpoints.Count; i++)
        {
            var c = checkpoints[i];
            if (c is null || !period.Contains(c.Date)) continue;
            var p = measure is MilestoneMeasure ? c.Value : measure.ProgressOfValue(c.Value);
            if (!double.IsFinite(p)) continue;
            var day = c.Date.DayNumber;
            if (day <= t.DayNumber)
            {
                if (day > loDay || (day == loDay && loIsEnd))
                {
                    (loDay, lo, loIsEnd) = (day, p, false);
                }
            }
            else if (day < hiDay || (day == hiDay && hiIsEnd))
            {
                (hiDay, hi, hiIsEnd) = (day, p, false);
            }
        }
        if (hiDay == int.MaxValue || loDay == t.DayNumber) return lo;
        // Weighted by the two ends rather than lo + (hi - lo) * f, which overflows for checkpoints near -1e308 and 1e308.
        var f = (double)(t.DayNumber - loDay) / (hiDay - loDay);
        return lo * (1 - f) + hi * f;
    }

    /// <summary>
    /// The status of a key result on a day: its progress (clamped, so below the start counts as 0) against its
    /// expected progress (<see cref="ExpectedProgress(KeyResult, Period, DateOnly)"/>), as
    /// <see cref="Status(double?, double, Period?, DateOnly, ScoringOptions?)"/> judges it.
    /// </summary>
    /// <param name="keyResult">The key result.</param>
    /// <param name="period">The period of the key result's objective.</param>
    /// <param name="asOf">The day.</param>
    /// <param name="options">Clamp and thresholds; <see langword="null"/> for <see cref="ScoringOptions.Default"/>.</param>
    /// <returns>The status.</returns>
    public static ProgressStatus Status(KeyResult keyResult, Period period, DateOnly asOf, ScoringOptions? options = null)
    {
        options ??= ScoringOptions.Default;
        return Status(Progress(keyResult, asOf, options), ExpectedProgress(keyResult, period, asOf), period, asOf, options);
    }

    /// <summary>
    /// The confidence stated with the key result's latest check-in on or before a day, exactly as given (a score or a
    /// level). <see langword="null"/> when there is no check-in by then, or the latest one states no confidence
    /// (an older confidence is not carried forward: it was given for an older value).
    /// </summary>
    /// <param name="keyResult">The key result.</param>
    /// <param name="asOf">The day.</param>
    /// <returns>The confidence, or <see langword="null"/>.</returns>
    public static Confidence? ConfidenceAsOf(KeyResult keyResult, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(keyResult);
        return LatestCheckIn(keyResult, asOf)?.Confidence;
    }

    /// <summary>
    /// Forecasts a key result: fits a least-squares line (value against day) through its check-ins dated within the
    /// period and on or before <paramref name="asOf"/>, and projects it to the period's last day.
    /// </summary>
    /// <param name="keyResult">The key result.</param>
    /// <param name="period">The period of the key result's objective.</param>
    /// <param name="asOf">The day of the forecast: later check-ins are not looked at.</param>
    /// <returns>
    /// The forecast, or <see langword="null"/> when fewer than two distinct days have check-ins by then (a line needs
    /// two points). Check-in values that are not finite numbers (reported by <c>set.Compile()</c> as
    /// <c>OKR0105</c>) are left out.
    /// </returns>
    public static Forecast? Forecast(KeyResult keyResult, Period period, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(keyResult);
        ArgumentNullException.ThrowIfNull(period);
        var checkIns = keyResult.CheckIns;
        var last = asOf < period.End ? asOf : period.End;

        // Two passes over the points, centred on their means, so that exactly linear data gives back its line.
        int count = 0, firstDay = 0;
        var distinct = false;
        double sumX = 0, sumY = 0;
        for (var i = 0; i < checkIns.Count; i++)
        {
            if (!Usable(checkIns[i], period, last)) continue;
            var day = checkIns[i].Date.DayNumber;
            if (count == 0) firstDay = day;
            else if (day != firstDay) distinct = true;
            count++;
            sumX += day - firstDay;
            sumY += checkIns[i].Value;
        }
        if (!distinct) return null;
        double meanX = sumX / count, meanY = sumY / count, sxx = 0, sxy = 0;
        for (var i = 0; i < checkIns.Count; i++)
        {
            if (!Usable(checkIns[i], period, last)) continue;
            var dx = checkIns[i].Date.DayNumber - firstDay - meanX;
            sxx += dx * dx;
            sxy += dx * (checkIns[i].Value - meanY);
        }
        var slope = sxy / sxx;
        var projected = meanY + slope * (period.End.DayNumber - firstDay - meanX);
        double? progress = keyResult.Measure is MetricMeasure or ThresholdMeasure ? keyResult.Measure.ProgressOfValue(projected) : null;
        if (progress is { } p && double.IsNaN(p)) progress = null;
        return new Forecast(period.End, projected, progress, slope, count);

        static bool Usable(CheckIn? c, Period period, DateOnly last)
            => c is not null && c.Date >= period.Start && c.Date <= last && double.IsFinite(c.Value);
    }

    private static CheckIn? LatestCheckIn(KeyResult keyResult, DateOnly asOf)
    {
        var checkIns = keyResult.CheckIns;
        CheckIn? latest = null;
        for (var i = 0; i < checkIns.Count; i++)
        {
            var c = checkIns[i];
            if (c is not null && c.Date <= asOf && (latest is null || c.Date > latest.Date)) latest = c;
        }
        return latest;
    }
}
