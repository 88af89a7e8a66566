namespace Okr.Core;

/// <summary>
/// Rolls progress up a compiled graph: scores every key result as of a day, then computes every objective (and
/// derived key result) from its inputs in one pass in topological order, over arrays.
/// </summary>
public static class RollupEngine
{
    /// <summary>The full rollup of <paramref name="graph"/> as of <paramref name="asOf"/>.</summary>
    /// <param name="graph">The compiled graph.</param>
    /// <param name="asOf">The day to look from: later check-ins are not seen.</param>
    /// <param name="options">The options; <see langword="null"/> for <see cref="RollupOptions.Default"/>.</param>
    /// <returns>The result.</returns>
    /// <exception cref="OkrValidationException">An objective names an unknown strategy (<c>OKR0401</c>), listing every one.</exception>
    public static RollupResult Compute(OkrGraph graph, DateOnly asOf, RollupOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var core = new RollupCore(graph, asOf, options ?? RollupOptions.Default);
        core.ComputeAll();
        return new RollupResult(core);
    }
}
