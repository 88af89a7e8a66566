using Okr.Core.Diagnostics;
using Okr.Core.Graph;

namespace Okr.Core.Rollup;

/// <summary>
/// The rollup step, as extension methods of the compiled graph: <c>graph.Rollup(asOf)</c> scores every key result
/// as of a day and computes every objective (and derived key result) from its inputs in one pass in topological
/// order, over arrays; <c>graph.CreateRollupState(asOf)</c> does the same and then takes check-ins live.
/// </summary>
public static partial class RollupEngine
{
    /// <summary>The full rollup of <paramref name="graph"/> as of <paramref name="asOf"/>.</summary>
    /// <param name="graph">The compiled graph.</param>
    /// <param name="asOf">The day to look from: later check-ins are not seen.</param>
    /// <param name="options">The options; <see langword="null"/> for <see cref="RollupOptions.Default"/>.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> is <see langword="null"/>.</exception>
    /// <exception cref="OkrValidationException">
    /// An objective names an unknown strategy (<c>OKR0401</c>), listing every one, or a custom strategy returned a
    /// number that is not finite (<c>OKR0405</c>).
    /// </exception>
    public static RollupResult Rollup(this OkrGraph graph, DateOnly asOf, RollupOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var core = new RollupCore(graph, asOf, options ?? RollupOptions.Default);
        core.ComputeAll();
        return new RollupResult(core);
    }

    /// <summary>Rolls up <paramref name="graph"/> as of <paramref name="asOf"/> into a live state, ready for check-ins.</summary>
    /// <param name="graph">The compiled graph.</param>
    /// <param name="asOf">The day to look from.</param>
    /// <param name="options">The options; <see langword="null"/> for <see cref="RollupOptions.Default"/>.</param>
    /// <returns>The live state.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> is <see langword="null"/>.</exception>
    /// <exception cref="OkrValidationException">As for <see cref="Rollup(OkrGraph, DateOnly, RollupOptions?)"/>.</exception>
    public static RollupState CreateRollupState(this OkrGraph graph, DateOnly asOf, RollupOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        return new RollupState(graph, asOf, options ?? RollupOptions.Default);
    }
}
