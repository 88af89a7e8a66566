using Okr.Core;

namespace Okr.Cli.Input;

/// <summary>The day a command looks from: the user's <c>--as-of</c>, else today, else the nearest period end.</summary>
internal static class AsOf
{
    /// <summary>
    /// Chooses the day. When the user gave none and today lies outside every period of the set, the nearest period
    /// end is used and a note on stderr says so: never silently a fixed date.
    /// </summary>
    public static DateOnly Resolve(DateOnly? given, OkrSet set, CliContext context)
    {
        if (given is { } day) return day;
        var today = context.Today;
        if (set.Periods.Count == 0 || set.Periods.Any(p => p.Contains(today))) return today;
        var nearest = set.Periods.MinBy(p => Math.Abs(p.End.DayNumber - today.DayNumber))!;
        context.Error.WriteLine(
            $"note: today ({today:yyyy-MM-dd}) is outside every period of the file; showing as of {nearest.End:yyyy-MM-dd}, the end of '{nearest.Id}', the nearest. Use --as-of to choose the day.");
        return nearest.End;
    }
}
