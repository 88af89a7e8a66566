using Okr.Core.Internal;

namespace Okr.Core;

/// <summary>
/// How a key result is measured. The kinds are closed: <see cref="MetricMeasure"/>,
/// <see cref="ThresholdMeasure"/>, <see cref="MilestoneMeasure"/> and <see cref="BaselineMeasure"/>.
/// Use the static factories (<see cref="Metric"/>, <see cref="AtLeast"/>, ...) to make one.
/// </summary>
/// <remarks>
/// A measure records what the user said; it does not reject odd numbers. <c>set.Compile()</c>
/// reports every problem (a metric whose start equals its target, NaN values, ...) at once.
/// </remarks>
public abstract record Measure
{
    private protected Measure()
    {
    }

    /// <summary>
    /// The raw progress a measured value gives under this measure, or NaN when a value alone does not say
    /// (milestones, baselines, a metric whose start equals its target). Internal and abstract, so the set of
    /// measure kinds stays closed: no type outside Okr.Core can derive from <see cref="Measure"/>.
    /// </summary>
    internal abstract double ProgressOfValue(double value);

    /// <summary>Properties a vendor attached that Okr.Core does not interpret, as raw JSON text by name. Kept on round trip.</summary>
    public IReadOnlyDictionary<string, string> Extensions { get; init => field = ValueMap.From(value); } = ValueMap.Empty;

    /// <summary>A metric moving from <paramref name="start"/> to <paramref name="target"/>; a target below the start is a decrease.</summary>
    /// <param name="start">The value at the start of the period.</param>
    /// <param name="target">The value to reach.</param>
    /// <param name="current">The latest value when no check-ins are kept, or <see langword="null"/>.</param>
    /// <param name="unit">A unit label such as <c>%</c>, <c>EUR</c> or <c>leads</c>, or <see langword="null"/>.</param>
    /// <returns>The metric measure.</returns>
    public static MetricMeasure Metric(double start, double target, double? current = null, string? unit = null)
        => new() { Start = start, Target = target, Current = current, Unit = unit };

    /// <summary>A threshold met while the value is at least <paramref name="limit"/> (equality counts as met).</summary>
    /// <param name="limit">The lowest acceptable value.</param>
    /// <param name="current">The latest value when no check-ins are kept, or <see langword="null"/>.</param>
    /// <param name="unit">A unit label, or <see langword="null"/>.</param>
    /// <returns>The threshold measure.</returns>
    public static ThresholdMeasure AtLeast(double limit, double? current = null, string? unit = null)
        => new() { Direction = ThresholdDirection.AtLeast, Limit = limit, Current = current, Unit = unit };

    /// <summary>A threshold met while the value is at most <paramref name="limit"/> (equality counts as met).</summary>
    /// <param name="limit">The highest acceptable value.</param>
    /// <param name="current">The latest value when no check-ins are kept, or <see langword="null"/>.</param>
    /// <param name="unit">A unit label, or <see langword="null"/>.</param>
    /// <returns>The threshold measure.</returns>
    public static ThresholdMeasure AtMost(double limit, double? current = null, string? unit = null)
        => new() { Direction = ThresholdDirection.AtMost, Limit = limit, Current = current, Unit = unit };

    /// <summary>Weighted steps; progress is the done weight over the total weight.</summary>
    /// <param name="steps">The steps, in the order the user gave them.</param>
    /// <returns>The milestone measure.</returns>
    public static MilestoneMeasure Milestones(params IEnumerable<Milestone> steps) => new() { Steps = ValueList<Milestone>.From(steps) };

    /// <summary>Weighted steps; progress is the done weight over the total weight.</summary>
    /// <param name="steps">The steps, in the order the user gave them.</param>
    /// <returns>The milestone measure.</returns>
    /// <remarks>The array form, so that callers on C# 12 (which has no <c>params</c> collections) can list the steps.</remarks>
    public static MilestoneMeasure Milestones(params Milestone[] steps) => Milestones((IEnumerable<Milestone>)steps);

    /// <summary>A binary key result: one step, done or not.</summary>
    /// <param name="title">What must be done.</param>
    /// <param name="done">Whether it is done.</param>
    /// <param name="doneOn">The day it was done, when known.</param>
    /// <returns>A milestone measure with one step.</returns>
    public static MilestoneMeasure Binary(string title, bool done = false, DateOnly? doneOn = null)
        => Milestones(new Milestone { Title = title, Done = done, DoneOn = doneOn });

    /// <summary>A key result whose first job is to find its baseline: no target yet, so never measured or rolled up.</summary>
    /// <param name="unit">A unit label, or <see langword="null"/>.</param>
    /// <returns>The baseline measure.</returns>
    public static BaselineMeasure Baseline(string? unit = null) => new() { Unit = unit };
}

/// <summary>
/// A number moving from <see cref="Start"/> to <see cref="Target"/>:
/// progress = (value - start) / (target - start). Percentages and currencies are metrics with a <see cref="Unit"/>.
/// </summary>
public sealed record MetricMeasure : Measure
{
    /// <summary>The value at the start of the period (progress 0).</summary>
    public required double Start { get; init; }

    /// <summary>The value to reach (progress 1). Below <see cref="Start"/> for a decrease (bugs 100 to 70).</summary>
    public required double Target { get; init; }

    /// <summary>The latest value when the key result keeps no check-ins; ignored once it has any.</summary>
    public double? Current { get; init; }

    /// <summary>A unit label such as <c>%</c>, <c>EUR</c> or <c>leads</c>, or <see langword="null"/>.</summary>
    public string? Unit { get; init; }

    /// <summary>Whether the metric counts down (target below start).</summary>
    public bool IsDecreasing => Target < Start;

    internal override double ProgressOfValue(double value)
    {
        if (Target == Start) return double.NaN;
        double distance = value - Start, span = Target - Start;
        // Differences of finite numbers can overflow (a metric from -1e308 to 1e308); halves cannot, and the ratio is the same.
        return double.IsInfinity(distance) || double.IsInfinity(span) ? (value / 2 - Start / 2) / (Target / 2 - Start / 2) : distance / span;
    }
}

/// <summary>Which side of a threshold's limit is acceptable.</summary>
public enum ThresholdDirection
{
    /// <summary>Met when the value is greater than or equal to the limit.</summary>
    AtLeast,

    /// <summary>Met when the value is less than or equal to the limit.</summary>
    AtMost,
}

/// <summary>A limit to keep: met gives progress 1, not met gives 0. Equality counts as met.</summary>
public sealed record ThresholdMeasure : Measure
{
    /// <summary>Which side of <see cref="Limit"/> is acceptable.</summary>
    public required ThresholdDirection Direction { get; init; }

    /// <summary>The limit.</summary>
    public required double Limit { get; init; }

    /// <summary>The latest value when the key result keeps no check-ins; ignored once it has any.</summary>
    public double? Current { get; init; }

    /// <summary>A unit label, or <see langword="null"/>.</summary>
    public string? Unit { get; init; }

    /// <summary>Whether <paramref name="value"/> meets the threshold (equality counts as met).</summary>
    /// <param name="value">The measured value.</param>
    /// <returns><see langword="true"/> when the value is on the acceptable side of the limit or equal to it.</returns>
    public bool IsMet(double value) => Direction == ThresholdDirection.AtLeast ? value >= Limit : value <= Limit;

    internal override double ProgressOfValue(double value) => double.IsNaN(value) ? double.NaN : IsMet(value) ? 1.0 : 0.0;
}

/// <summary>One step of a <see cref="MilestoneMeasure"/>.</summary>
public sealed record Milestone
{
    /// <summary>What the step delivers.</summary>
    public required string Title { get; init; }

    /// <summary>The step's share of the key result, relative to the other steps; default 1.</summary>
    public double Weight { get; init; } = 1;

    /// <summary>Whether the step is done.</summary>
    public bool Done { get; init; }

    /// <summary>
    /// The day the step was done, when known. A step with a date counts as done only for dates on or after it,
    /// so progress as of an earlier date does not see it.
    /// </summary>
    public DateOnly? DoneOn { get; init; }

    /// <summary>Properties a vendor attached that Okr.Core does not interpret, as raw JSON text by name. Kept on round trip.</summary>
    public IReadOnlyDictionary<string, string> Extensions { get; init => field = ValueMap.From(value); } = ValueMap.Empty;

    /// <summary>Whether the step counts as done on <paramref name="asOf"/>.</summary>
    /// <param name="asOf">The day to evaluate.</param>
    /// <returns><see langword="true"/> when <see cref="Done"/> and <see cref="DoneOn"/> is unset or not after <paramref name="asOf"/>.</returns>
    public bool IsDoneAsOf(DateOnly asOf) => Done && (DoneOn is not { } day || day <= asOf);
}

/// <summary>Weighted steps, each done or not; progress = done weight / total weight. A binary key result has one step.</summary>
public sealed record MilestoneMeasure : Measure
{
    /// <summary>The steps, in the order the user gave them.</summary>
    public IReadOnlyList<Milestone> Steps { get; init => field = ValueList<Milestone>.From(value); } = ValueList<Milestone>.Empty;

    /// <summary>Whether this is a binary key result (exactly one step).</summary>
    public bool IsBinary => Steps.Count == 1;

    internal override double ProgressOfValue(double value) => double.NaN;
}

/// <summary>A key result that has no target yet ("find the baseline"): it is never measured and never rolled up.</summary>
public sealed record BaselineMeasure : Measure
{
    /// <summary>A unit label, or <see langword="null"/>.</summary>
    public string? Unit { get; init; }

    internal override double ProgressOfValue(double value) => double.NaN;
}
