using System.Globalization;

namespace Okr.Core.Scoring;

/// <summary>
/// Where a key result is heading: the least-squares line through its check-ins in the period, projected to the
/// period's last day. Made by <see cref="Scorer.Forecast(KeyResult, Period, DateOnly)"/>; immutable.
/// </summary>
public sealed record Forecast
{
    internal Forecast(DateOnly date, double projectedValue, double? projectedProgress, double slopePerDay, int pointCount)
    {
        Date = date;
        ProjectedValue = projectedValue;
        ProjectedProgress = projectedProgress;
        SlopePerDay = slopePerDay;
        PointCount = pointCount;
    }

    /// <summary>The day the trend is projected to: the period's last day.</summary>
    public DateOnly Date { get; }

    /// <summary>The value the trend line gives on <see cref="Date"/>, in the measure's unit.</summary>
    public double ProjectedValue { get; }

    /// <summary>
    /// The raw progress <see cref="ProjectedValue"/> would give (not clamped: 1.2 means the target is beaten by 20% of
    /// the distance; clamp it with <see cref="ScoringOptions.Clamp"/>). For a threshold 1 or 0 (met or not).
    /// <see langword="null"/> when the measure has no progress scale for values (milestones, baseline).
    /// </summary>
    public double? ProjectedProgress { get; }

    /// <summary>The trend's change of the value per day, in the measure's unit (negative when it falls).</summary>
    public double SlopePerDay { get; }

    /// <summary>How many check-ins the line was fitted to.</summary>
    public int PointCount { get; }

    /// <inheritdoc />
    public override string ToString()
        => string.Create(CultureInfo.InvariantCulture, $"{ProjectedValue:0.###} by {Date:yyyy-MM-dd} (progress {(ProjectedProgress is { } p ? p.ToString("0.###", CultureInfo.InvariantCulture) : "n/a")}, {SlopePerDay:0.####}/day over {PointCount} check-ins)");
}
