using Okr.Core.Diagnostics;
using Okr.Core.Graph;

namespace Okr.Core.Rollup;

/// <summary>The rollup with progress and cancellation.</summary>
public static partial class RollupEngine
{
    /// <summary>
    /// The full rollup of <paramref name="graph"/> as of <paramref name="asOf"/>, as <see cref="Rollup(OkrGraph, DateOnly, RollupOptions?)"/>,
    /// reporting progress (<see cref="OkrStep.Computing"/>, the fraction of nodes done) and honouring cancellation every 1,024 nodes.
    /// </summary>
    /// <param name="graph">The compiled graph.</param>
    /// <param name="asOf">The day to look from: later check-ins are not seen.</param>
    /// <param name="options">The options; <see langword="null"/> for <see cref="RollupOptions.Default"/>.</param>
    /// <param name="progress">Receives at most about a hundred reports, never going backwards, the last one 1; or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the rollup.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> is <see langword="null"/>.</exception>
    /// <exception cref="OkrValidationException">As for <see cref="Rollup(OkrGraph, DateOnly, RollupOptions?)"/>.</exception>
    /// <exception cref="OperationCanceledException">Cancelled; no result is returned.</exception>
    public static RollupResult Rollup(this OkrGraph graph, DateOnly asOf, RollupOptions? options, IProgress<OkrProgress>? progress, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var work = OkrWork.For(OkrStep.Computing, progress, cancellationToken);
        var core = new RollupCore(graph, asOf, options ?? RollupOptions.Default);
        core.ComputeAll(work);
        work.Complete();
        return new RollupResult(core);
    }

    /// <summary>
    /// Rolls up <paramref name="graph"/> into a live state, as <see cref="CreateRollupState(OkrGraph, DateOnly, RollupOptions?)"/>,
    /// reporting progress (<see cref="OkrStep.Computing"/>) and honouring cancellation every 1,024 nodes.
    /// </summary>
    /// <param name="graph">The compiled graph.</param>
    /// <param name="asOf">The day to look from.</param>
    /// <param name="options">The options; <see langword="null"/> for <see cref="RollupOptions.Default"/>.</param>
    /// <param name="progress">Receives progress reports, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the initial rollup.</param>
    /// <returns>The live state.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> is <see langword="null"/>.</exception>
    /// <exception cref="OkrValidationException">As for <see cref="Rollup(OkrGraph, DateOnly, RollupOptions?)"/>.</exception>
    /// <exception cref="OperationCanceledException">Cancelled; no state is returned.</exception>
    public static RollupState CreateRollupState(this OkrGraph graph, DateOnly asOf, RollupOptions? options, IProgress<OkrProgress>? progress, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var work = OkrWork.For(OkrStep.Computing, progress, cancellationToken);
        var state = new RollupState(graph, asOf, options ?? RollupOptions.Default, work);
        work.Complete();
        return state;
    }
}
