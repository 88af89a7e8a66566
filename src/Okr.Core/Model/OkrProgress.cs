namespace Okr.Core;

/// <summary>The long operations that report <see cref="OkrProgress"/>.</summary>
public enum OkrStep
{
    /// <summary>Reading an <c>okr/1</c> document (<c>OkrJson.Read</c> and its relatives).</summary>
    Reading,

    /// <summary>Validating and compiling a set into a graph (<c>set.Compile</c>).</summary>
    Compiling,

    /// <summary>Scoring every key result and rolling up (<c>graph.Rollup</c>, <c>graph.CreateRollupState</c>).</summary>
    Computing,

    /// <summary>Analysing the health of a graph with its rules (<c>graph.AnalyzeHealth</c>).</summary>
    AnalyzingHealth,
}

/// <summary>
/// How far a long operation has come: which step, and the fraction of it done, from 0 to 1. Reports of one call
/// never go backwards and the last one of a call that completes is exactly 1. A call reports at most about a hundred
/// times, so a handler may draw on a terminal directly.
/// </summary>
/// <param name="Step">The operation.</param>
/// <param name="Fraction">The fraction done, 0 to 1 (for reading: of the document's bytes).</param>
/// <example>
/// <code>
/// var progress = new Progress&lt;OkrProgress&gt;(p => Console.Error.Write($"\r{p.Step} {p.Fraction:P0}"));
/// var set = await OkrJson.ReadFileAsync("big.json", progress: progress, cancellationToken: token);
/// </code>
/// </example>
public readonly record struct OkrProgress(OkrStep Step, double Fraction);
