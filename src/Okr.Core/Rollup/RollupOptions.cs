namespace Okr.Core;

/// <summary>
/// How a rollup runs: the scoring options (clamping, over-achievement cap, grade bands, status thresholds), the
/// strategy objectives use when they name none, and the custom strategies objectives may name. Immutable.
/// </summary>
public sealed record RollupOptions
{
    /// <summary>The defaults: <see cref="ScoringOptions.Default"/>, <see cref="RollupStrategies.WeightedMean"/>, no custom strategies.</summary>
    public static RollupOptions Default { get; } = new();

    /// <summary>Clamping, cap, grade bands and status thresholds. Default: <see cref="ScoringOptions.Default"/>.</summary>
    public ScoringOptions Scoring { get; init => field = value ?? throw new ArgumentNullException(nameof(Scoring)); } = ScoringOptions.Default;

    /// <summary>The strategy of objectives whose <see cref="Objective.Strategy"/> is not set. Default: weighted mean.</summary>
    public IRollupStrategy DefaultStrategy { get; init => field = value ?? throw new ArgumentNullException(nameof(DefaultStrategy)); } = RollupStrategies.WeightedMean;

    /// <summary>
    /// Custom strategies objectives may name, besides the built-ins (<c>weightedMean</c>, <c>mean</c>,
    /// <c>minimum</c>, <c>sum</c>). A custom strategy with a built-in's name replaces it. Default: none.
    /// </summary>
    public IReadOnlyList<IRollupStrategy> Strategies { get; init => field = [.. value ?? throw new ArgumentNullException(nameof(Strategies))]; } = [];

    /// <summary>These options with <paramref name="strategy"/> added to <see cref="Strategies"/>.</summary>
    /// <param name="strategy">The strategy to register under its <see cref="IRollupStrategy.Name"/>.</param>
    /// <returns>New options.</returns>
    public RollupOptions WithStrategy(IRollupStrategy strategy)
    {
        ArgumentNullException.ThrowIfNull(strategy);
        return this with { Strategies = [.. Strategies, strategy] };
    }

    /// <summary>The strategy called <paramref name="name"/>: a custom one first, then a built-in; null when none.</summary>
    /// <param name="name">The name, compared case-insensitively.</param>
    /// <returns>The strategy, or <see langword="null"/>.</returns>
    public IRollupStrategy? FindStrategy(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        for (var i = Strategies.Count - 1; i >= 0; i--)
        {
            if (string.Equals(Strategies[i].Name, name, StringComparison.OrdinalIgnoreCase)) return Strategies[i];
        }
        foreach (var builtIn in RollupStrategies.BuiltIn)
        {
            if (string.Equals(builtIn.Name, name, StringComparison.OrdinalIgnoreCase)) return builtIn;
        }
        return null;
    }
}
