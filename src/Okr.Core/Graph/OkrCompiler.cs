namespace Okr.Core.Graph;

/// <summary>The first step of every computation: <c>set.Compile()</c> validates an <see cref="OkrSet"/> and compiles it.</summary>
public static class OkrCompiler
{
    /// <summary>
    /// Validates the whole set and, when it has no errors, compiles it into an immutable <see cref="OkrGraph"/>.
    /// Every problem is reported at once; warnings do not stop compilation.
    /// </summary>
    /// <param name="set">The set to compile.</param>
    /// <returns>The graph (when there are no errors) and every diagnostic.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="set"/> is <see langword="null"/>.</exception>
    public static CompileResult Compile(this OkrSet set) => GraphCompiler.Compile(set);

    /// <summary>
    /// Validates and compiles the set as <see cref="Compile(OkrSet)"/> does, reporting progress
    /// (<see cref="OkrStep.Compiling"/>) and honouring cancellation between the checks and every 1,024 objectives or
    /// key results inside them.
    /// </summary>
    /// <param name="set">The set to compile.</param>
    /// <param name="progress">Receives at most about a hundred reports, never going backwards, the last one 1; or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the compile.</param>
    /// <returns>The graph (when there are no errors) and every diagnostic.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="set"/> is <see langword="null"/>.</exception>
    /// <exception cref="OperationCanceledException">Cancelled; no graph is built.</exception>
    public static CompileResult Compile(this OkrSet set, IProgress<OkrProgress>? progress, CancellationToken cancellationToken = default)
        => GraphCompiler.Compile(set, OkrWork.For(OkrStep.Compiling, progress, cancellationToken));
}
