using Okr.Core.Internal;

namespace Okr.Core.Scoring;

/// <summary>A grade on the common 0.0-1.0 OKR scale.</summary>
public enum Grade
{
    /// <summary>Failed to make real progress.</summary>
    Red,

    /// <summary>Progress made, short of success.</summary>
    Yellow,

    /// <summary>Delivered.</summary>
    Green,
}

/// <summary>
/// Where the grades begin on the 0.0-1.0 scale: red below <see cref="YellowFrom"/>, yellow from it, green from
/// <see cref="GreenFrom"/> (each bound belongs to the higher grade).
/// </summary>
public sealed record GradeBands
{
    /// <summary>Makes grade bands.</summary>
    /// <param name="yellowFrom">The lowest progress graded yellow.</param>
    /// <param name="greenFrom">The lowest progress graded green; at least <paramref name="yellowFrom"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">A bound is not finite, or green begins below yellow.</exception>
    public GradeBands(double yellowFrom, double greenFrom)
    {
        YellowFrom = Require.FiniteAtLeast(yellowFrom, double.MinValue, nameof(yellowFrom));
        GreenFrom = Require.FiniteAtLeast(greenFrom, yellowFrom, nameof(greenFrom));
    }

    /// <summary>The default for aspirational objectives: red &lt; 0.4 &lt;= yellow &lt; 0.7 &lt;= green.</summary>
    public static GradeBands AspirationalDefault { get; } = new(0.4, 0.7);

    /// <summary>The default for committed objectives: red &lt; 0.4 &lt;= yellow &lt; 1.0 &lt;= green (green only when delivered in full).</summary>
    public static GradeBands CommittedDefault { get; } = new(0.4, 1.0);

    /// <summary>The lowest progress graded yellow.</summary>
    public double YellowFrom { get; }

    /// <summary>The lowest progress graded green.</summary>
    public double GreenFrom { get; }

    /// <summary>The grade of a progress value.</summary>
    /// <param name="progress">The progress, 0 = start, 1 = target.</param>
    /// <returns>The grade.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The progress is NaN: something not measured has no grade (it is not red).</exception>
    public Grade GradeOf(double progress)
    {
        if (double.IsNaN(progress))
            throw new ArgumentOutOfRangeException(nameof(progress), progress, "Progress is NaN (not measured); something not measured has no grade. Check for 'no data' before grading.");
        return progress >= GreenFrom ? Grade.Green : progress >= YellowFrom ? Grade.Yellow : Grade.Red;
    }
}

/// <summary>
/// How key results are scored and judged: clamping, grading bands and status thresholds. Immutable; the defaults
/// (<see cref="Default"/>) follow common OKR practice.
/// </summary>
public sealed record ScoringOptions
{
    /// <summary>The defaults: progress clamped to [0, 1], the default grade bands, at risk beyond a gap of 0.25.</summary>
    public static ScoringOptions Default { get; } = new();

    /// <summary>
    /// The highest progress that feeds rollups, or <see langword="null"/> (the default) to clamp to [0, 1].
    /// Set it (for example 1.5) to let over-achievement count, clamped to [0, cap]. Raw progress is always kept.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">On set: the cap is below 1 or not finite.</exception>
    public double? OverAchievementCap
    {
        get;
        init => field = value is { } cap ? Require.FiniteAtLeast(cap, 1) : null;
    }

    /// <summary>Grade bands for committed objectives; default <see cref="GradeBands.CommittedDefault"/>.</summary>
    public GradeBands CommittedBands { get; init => field = Require.NotNull(value, nameof(CommittedBands)); } = GradeBands.CommittedDefault;

    /// <summary>Grade bands for aspirational objectives; default <see cref="GradeBands.AspirationalDefault"/>.</summary>
    public GradeBands AspirationalBands { get; init => field = Require.NotNull(value, nameof(AspirationalBands)); } = GradeBands.AspirationalDefault;

    /// <summary>
    /// The gap (expected minus actual progress) beyond which a key result or objective is at risk; default 0.25.
    /// A gap of 0 or less is on track; above 0 up to this value is behind.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">On set: negative or not finite.</exception>
    public double AtRiskGap
    {
        get;
        init => field = Require.FiniteAtLeast(value, 0);
    } = 0.25;

    /// <summary>The upper end of the clamp range: 1, or the over-achievement cap.</summary>
    public double ClampMaximum => OverAchievementCap ?? 1.0;

    /// <summary>Clamps a raw progress value to [0, <see cref="ClampMaximum"/>] (below the start counts as 0).</summary>
    /// <param name="rawProgress">The raw progress.</param>
    /// <returns>The clamped progress; NaN stays NaN (not measured).</returns>
    public double Clamp(double rawProgress)
        => double.IsNaN(rawProgress) ? double.NaN : rawProgress < 0 ? 0 : rawProgress > ClampMaximum ? ClampMaximum : rawProgress;

    /// <summary>The grade bands that apply to an objective of the given commitment.</summary>
    /// <param name="commitment">Committed or aspirational.</param>
    /// <returns>The bands.</returns>
    public GradeBands BandsFor(Commitment commitment) => commitment == Commitment.Aspirational ? AspirationalBands : CommittedBands;
}
