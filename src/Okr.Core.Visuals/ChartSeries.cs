using Okr.Core.Rollup;
using Okr.Core.Scoring;

namespace Okr.Core.Visuals;

/// <summary>A point of a chart: a day and a value on the chart's scale.</summary>
internal readonly record struct ChartPoint(DateOnly Day, double Value);

/// <summary>
/// Everything one progress chart draws, on one scale: the key result's unit (metrics, thresholds, baselines) or
/// progress in percent (milestones, objectives).
/// </summary>
internal sealed record ChartSeries
{
    public required string Id { get; init; }

    public required string Title { get; init; }

    /// <summary>The y axis's unit: the measure's unit, "%" for progress, or "" when the measure names none.</summary>
    public required string Unit { get; init; }

    public required DateOnly Start { get; init; }

    public required DateOnly End { get; init; }

    public required DateOnly AsOf { get; init; }

    /// <summary>The values as of each day they changed (a step line), within the period and on or before the day.</summary>
    public required IReadOnlyList<ChartPoint> Actual { get; init; }

    /// <summary>The expected pace through the period (piecewise linear), or empty when the measure has none.</summary>
    public required IReadOnlyList<ChartPoint> Expected { get; init; }

    /// <summary>The trend from the last actual day to the period's end, or empty when there is no forecast.</summary>
    public required IReadOnlyList<ChartPoint> Forecast { get; init; }

    /// <summary>The target (or threshold limit) on the chart's scale, or <see langword="null"/>.</summary>
    public double? Target { get; init; }

    /// <summary>The starting value on the chart's scale, or <see langword="null"/>.</summary>
    public double? Baseline { get; init; }

    /// <summary>The status line under the title.</summary>
    public required string Caption { get; init; }

    /// <summary>Builds a key result's series, or says why there is none (no period to draw it against).</summary>
    public static ChartSeries? ForKeyResult(RollupResult rollup, string keyResultId, out string? reason)
    {
        ArgumentNullException.ThrowIfNull(rollup);
        var graph = rollup.Graph;
        var node = graph[keyResultId];
        if (node.KeyResult is not { } keyResult) throw new ArgumentException($"'{keyResultId}' is an objective, not a key result: use the objective chart.", nameof(keyResultId));
        var objective = graph[keyResult.ObjectiveId].Objective!;
        if (Style.PeriodOf(graph, objective) is not { } period)
        {
            reason = $"'{keyResultId}': its objective '{objective.Id}' has no period, so there is no pace to draw.";
            return null;
        }
        reason = null;
        var asOf = rollup.AsOf;
        var last = asOf < period.End ? asOf : period.End;
        var progress = rollup[node];
        var measure = keyResult.Measure;
        var actual = new List<ChartPoint>();
        var expected = new List<ChartPoint>();
        var forecast = new List<ChartPoint>();
        double? target = null, baseline = null;
        string unit;

        // Expected pace: piecewise linear through the period's ends and the checkpoints, so those days suffice.
        var paceDays = new SortedSet<DateOnly> { period.Start, period.End };
        foreach (var c in keyResult.Checkpoints)
        {
            if (c is not null && period.Contains(c.Date)) paceDays.Add(c.Date);
        }

        switch (measure)
        {
            case MetricMeasure metric:
                unit = metric.Unit ?? "";
                (target, baseline) = (metric.Target, metric.Start);
                AddCheckIns(keyResult, period, last, actual);
                foreach (var day in paceDays) expected.Add(new(day, metric.Start + Scorer.ExpectedProgress(keyResult, period, day) * (metric.Target - metric.Start)));
                break;
            case ThresholdMeasure threshold:
                unit = threshold.Unit ?? "";
                target = threshold.Limit;
                AddCheckIns(keyResult, period, last, actual);
                break;
            case MilestoneMeasure milestones:
                unit = "%";
                (target, baseline) = (100, 0);
                var days = new SortedSet<DateOnly> { period.Start, last };
                foreach (var step in milestones.Steps)
                {
                    if (step?.DoneOn is { } d && d >= period.Start && d <= last) days.Add(d);
                }
                foreach (var day in days)
                {
                    if (Scorer.RawProgress(keyResult, day) is { } p) actual.Add(new(day, p * 100));
                }
                foreach (var day in paceDays) expected.Add(new(day, Scorer.ExpectedProgress(keyResult, period, day) * 100));
                break;
            default:
                unit = (measure as BaselineMeasure)?.Unit ?? "";
                AddCheckIns(keyResult, period, last, actual);
                break;
        }
        if (actual.Count == 0 && measure is MetricMeasure or ThresholdMeasure && Scorer.ValueAsOf(keyResult, asOf) is { } current && keyResult.CheckIns.Count == 0)
            actual.Add(new(last, current));
        if (measure is not MilestoneMeasure && Scorer.Forecast(keyResult, period, asOf) is { } f && actual.Count > 0)
        {
            var from = actual[^1].Day;
            forecast.Add(new(from, f.ProjectedValue - f.SlopePerDay * (f.Date.DayNumber - from.DayNumber)));
            forecast.Add(new(f.Date, f.ProjectedValue));
        }
        var caption = $"{Style.ProgressLabel(progress)} \u00b7 expected {Style.Percent(progress.ExpectedProgress)} \u00b7 as of {asOf:yyyy-MM-dd}"
            + (forecast.Count > 0 ? $" \u00b7 forecast {Style.Value(forecast[^1].Value)}{(unit.Length > 0 && unit != "%" ? " " + unit : "")} by {period.End:yyyy-MM-dd}" : "");
        return new ChartSeries
        {
            Id = keyResultId, Title = keyResult.Title, Unit = unit, Start = period.Start, End = period.End, AsOf = asOf,
            Actual = actual, Expected = expected, Forecast = forecast, Target = target, Baseline = baseline, Caption = caption,
        };
    }

    /// <summary>Builds an objective's series: its rolled-up progress as of each check-in day in the period.</summary>
    public static ChartSeries? ForObjective(RollupResult rollup, string objectiveId, out string? reason)
    {
        ArgumentNullException.ThrowIfNull(rollup);
        var graph = rollup.Graph;
        var node = graph[objectiveId];
        if (node.Objective is not { } objective) throw new ArgumentException($"'{objectiveId}' is a key result, not an objective: use the key result chart.", nameof(objectiveId));
        if (Style.PeriodOf(graph, objective) is not { } period)
        {
            reason = $"'{objectiveId}' has no period, so there is no pace to draw.";
            return null;
        }
        reason = null;
        var asOf = rollup.AsOf;
        var last = asOf < period.End ? asOf : period.End;

        // Every day a value below it changed: check-ins and milestones done, within the period, by the day.
        var days = new SortedSet<DateOnly> { period.Start };
        if (last >= period.Start) days.Add(last);
        foreach (var below in node.Descendants())
        {
            if (below.KeyResult is not { } kr) continue;
            foreach (var c in kr.CheckIns)
            {
                if (c is not null && c.Date >= period.Start && c.Date <= last) days.Add(c.Date);
            }
            if (kr.Measure is MilestoneMeasure m)
            {
                foreach (var step in m.Steps)
                {
                    if (step?.DoneOn is { } d && d >= period.Start && d <= last) days.Add(d);
                }
            }
        }
        var actual = new List<ChartPoint>();
        foreach (var day in days)
        {
            var p = day == asOf ? rollup[node].Progress : graph.Rollup(day, rollup.Options)[node].Progress;
            if (p is { } value) actual.Add(new(day, value * 100));
        }
        var expected = new List<ChartPoint>
        {
            new(period.Start, 0),
            new(period.End, 100),
        };
        var forecast = new List<ChartPoint>();
        if (actual.Count >= 2 && actual[0].Day != actual[^1].Day)
        {
            // Least squares through the points, projected to the period's end (the key results' rule, on progress).
            double meanX = actual.Average(p => p.Day.DayNumber), meanY = actual.Average(p => p.Value), sxx = 0, sxy = 0;
            foreach (var p in actual)
            {
                sxx += (p.Day.DayNumber - meanX) * (p.Day.DayNumber - meanX);
                sxy += (p.Day.DayNumber - meanX) * (p.Value - meanY);
            }
            var slope = sxy / sxx;
            var from = actual[^1].Day;
            forecast.Add(new(from, meanY + slope * (from.DayNumber - meanX)));
            forecast.Add(new(period.End, meanY + slope * (period.End.DayNumber - meanX)));
        }
        var progress = rollup[node];
        var caption = $"{Style.ProgressLabel(progress)} \u00b7 expected {Style.Percent(progress.ExpectedProgress)} \u00b7 as of {asOf:yyyy-MM-dd}"
            + (forecast.Count > 0 ? $" \u00b7 trend {Style.Percent(forecast[^1].Value / 100)} by {period.End:yyyy-MM-dd}" : "");
        return new ChartSeries
        {
            Id = objectiveId, Title = objective.Title, Unit = "%", Start = period.Start, End = period.End, AsOf = asOf,
            Actual = actual, Expected = expected, Forecast = forecast, Target = 100, Baseline = 0, Caption = caption,
        };
    }

    private static void AddCheckIns(KeyResult keyResult, Period period, DateOnly last, List<ChartPoint> points)
    {
        // The value as of each check-in day: the latest check-in on it counts, as the scorer reads it.
        var days = new SortedSet<DateOnly>();
        foreach (var c in keyResult.CheckIns)
        {
            if (c is not null && c.Date >= period.Start && c.Date <= last && double.IsFinite(c.Value)) days.Add(c.Date);
        }
        foreach (var day in days)
        {
            if (Scorer.ValueAsOf(keyResult, day) is { } v && double.IsFinite(v)) points.Add(new(day, v));
        }
    }
}
