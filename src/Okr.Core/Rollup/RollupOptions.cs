using Okr.Core.Scoring;
using Okr.Core.Internal;
namespace Okr.Core.Rollup;

/// <summary>
/// How a rollup runs: the scoring options (clamping, over-achievement cap, grade bands, status thresholds), the
/// strategy objectives use when they name none, and the custom strategies objectives may name. Immutable.
/// </summary>
public sealed record RollupOptions
{
    /// <summary>The defaults: <see cref="ScoringOptions.Default"/>, <see cref="RollupStrategies.WeightedMean"/>, no custom strategies.</summary>
    public static RollupOptions Default { get; } = new();

    /// <summary>Clamping, cap, grade bands and status thresholds. Default: <see cref="ScoringOptions.Default"/>.</summary>
    public ScoringOptions Scoring { get; init => field = Require.NotNull(value, nameof(Scoring)); } = ScoringOptions.Default;

    /// <summary>The strategy of objectives whose <see cref="Objective.Strategy"/> is not set. Default: weighted mean.</summary>
    public IRollupStrategy DefaultStrategy { get; init => field = Named(Require.NotNull(value, nameof(DefaultStrategy)), nameof(DefaultStrategy)); } = RollupStrategies.WeightedMean;

    /// <summary>
    /// Custom strategies objectives may name, besides the built-ins (<c>weightedMean</c>, <c>mean</c>,
    /// <c>minimum</c>, <c>sum</c>). A custom strategy with a built-in's name replaces it. Default: none.
    /// </summary>
    public IReadOnlyList<IRollupStrategy> Strategies { get; init => field = AllNamed([.. Require.NotNull(value, nameof(Strategies))], nameof(Strategies)); } = [];

    /// <summary>These options with <paramref name="strategy"/> added to <see cref="Strategies"/>.</summary>
    /// <param name="strategy">The strategy to register under its <see cref="IRollupStrategy.Name"/>.</param>
    /// <returns>New options.</returns>
    public RollupOptions WithStrategy(IRollupStrategy strategy)
    {
        ArgumentNullException.ThrowIfNull(strategy);
        return this with { Strategies = [.. Strategies, strategy] };
    }

    /// <summary>The strategy called <paramref name="name"/>: a custom one first, then a built-in; null when none.</summary>
    /// <param name="name">The name, compared ignoring case, hyphens, underscores and spaces (<c>weighted-mean</c> is <c>weightedMean</c>).</param>
    /// <returns>The strategy, or <see langword="null"/>.</returns>
    public IRollupStrategy? FindStrategy(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        for (var i = Strategies.Count - 1; i >= 0; i--)
        {
            if (SameName(Strategies[i].Name, name)) return Strategies[i];
        }
        foreach (var builtIn in RollupStrategies.BuiltIn)
        {
            if (SameName(builtIn.Name, name)) return builtIn;
        }
        return null;
    }

    /// <summary>Names match ignoring case and the separators people write between words.</summary>
    private static IRollupStrategy[] AllNamed(IRollupStrategy[] strategies, string parameter)
    {
        foreach (var strategy in strategies)
        {
            if (strategy is null) throw new ArgumentException("The strategies hold a null entry; remove it.", parameter);
            Named(strategy, parameter);
        }
        return strategies;
    }

    private static IRollupStrategy Named(IRollupStrategy strategy, string parameter)
    {
        // Objectives find strategies by name, so a strategy without one could never be found (and would throw later).
        if (string.IsNullOrWhiteSpace(strategy.Name))
            throw new ArgumentException($"Strategy {strategy.GetType().Name} has no name (its Name is null, empty or white space); give it the name objectives use to choose it.", parameter);
        return strategy;
    }

    private static bool SameName(string a, string b)
    {
        int i = 0, j = 0;
        while (true)
        {
            while (i < a.Length && IsSeparator(a[i])) i++;
            while (j < b.Length && IsSeparator(b[j])) j++;
            if (i == a.Length || j == b.Length) return i == a.Length && j == b.Length;
            if (char.ToUpperInvariant(a[i]) != char.ToUpperInvariant(b[j])) return false;
            i++;
            j++;
        }
    }

    private static bool IsSeparator(char c) => c is '-' or '_' or ' ';
}
