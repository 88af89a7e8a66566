using System.Globalization;
using Okr.Core;

namespace Okr.Samples;

/// <summary>
/// A quarter of weekly check-ins: the nonprofit's "350 applications a week" key result seen on several days, with its
/// value, progress, the progress its phased targets expect by then, its status and the forecast for the quarter's end.
/// </summary>
public static class CheckInsSample
{
    /// <summary>The key result the sample follows.</summary>
    public const string KeyResultId = "applications";

    /// <summary>The days the sample looks from.</summary>
    public static readonly DateOnly[] Days =
    [
        new(2026, 1, 20), new(2026, 2, 13), new(2026, 3, 6), new(2026, 3, 31),
    ];

    /// <summary>Reads the nonprofit's set (default <c>samples/data/nonprofit-weekly.json</c>), prints the table, then the rolled-up org on each day.</summary>
    public static int Run(TextWriter output, string? path = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        var set = OkrJson.ReadFile(path ?? SampleData.PathOf("nonprofit-weekly.json"));
        var graph = set.Compile().ThrowIfFailed();
        var keyResult = graph[KeyResultId].KeyResult!;
        var objective = set.Objectives.Single(o => o.Id == keyResult.ObjectiveId);
        var period = set.Periods.Single(p => p.Id == objective.PeriodId);
        var measure = (MetricMeasure)keyResult.Measure;

        output.WriteLine($"{keyResult.Title}");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{measure.Start:0} -> {measure.Target:0} {measure.Unit}, {period.Id} ({period.Start:yyyy-MM-dd} to {period.End:yyyy-MM-dd}), {keyResult.CheckIns.Count} weekly check-ins, {keyResult.Checkpoints.Count} phased targets"));
        output.WriteLine();
        output.WriteLine("as of       value  progress  expected  status     forecast at quarter end");
        foreach (var day in Days)
        {
            var value = Scorer.ValueAsOf(keyResult, day);
            var progress = Scorer.Progress(keyResult, day);
            var expected = Scorer.ExpectedProgress(keyResult, period, day);
            var status = Scorer.Status(keyResult, period, day);
            var forecast = Scorer.Forecast(keyResult, period, day);
            var forecastText = forecast is null
                ? "not enough check-ins yet"
                : string.Create(CultureInfo.InvariantCulture, $"{forecast.ProjectedValue:0} ({forecast.ProjectedProgress * 100:0}%) from {forecast.PointCount} check-ins");
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{day:yyyy-MM-dd} {(value is { } v ? v.ToString("0", CultureInfo.InvariantCulture) : "--"),6}  {TreePrinter.Percent(progress),8}  {TreePrinter.Percent(expected),8}  {RollupTree.Describe(status),-9}  {forecastText}"));
        }
        foreach (var day in Days)
        {
            output.WriteLine();
            output.WriteLine($"The whole org as of {day:yyyy-MM-dd}:");
            RollupTree.Print(RollupEngine.Rollup(graph, day), output);
        }
        return 0;
    }
}
