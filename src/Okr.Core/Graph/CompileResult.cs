using Okr.Core.Internal;
using Okr.Core.Diagnostics;

namespace Okr.Core.Graph;

/// <summary>
/// What <c>set.Compile()</c> gives back: the compiled graph when the set has no errors, and every
/// diagnostic (errors, warnings, information) in document order.
/// </summary>
public sealed class CompileResult
{
    internal CompileResult(OkrGraph? graph, IEnumerable<Diagnostic> diagnostics)
    {
        Diagnostics = ValueList<Diagnostic>.From(diagnostics);
        Graph = Diagnostics.Any(static d => d.IsError) ? null : graph;
    }

    /// <summary>The compiled graph, or <see langword="null"/> when there were errors.</summary>
    public OkrGraph? Graph { get; }

    /// <summary>Every problem found, errors and warnings alike.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>Whether compilation succeeded (no errors; warnings allowed).</summary>
    public bool Succeeded => Graph is not null;

    /// <summary>The errors only.</summary>
    public IEnumerable<Diagnostic> Errors => Diagnostics.Where(static d => d.IsError);

    /// <summary>The warnings only.</summary>
    public IEnumerable<Diagnostic> Warnings => Diagnostics.Where(static d => d.Severity == DiagnosticSeverity.Warning);

    /// <summary>Returns the graph, or throws one <see cref="OkrValidationException"/> carrying every diagnostic when there were errors.</summary>
    /// <returns>The compiled graph.</returns>
    /// <exception cref="OkrValidationException">The set has at least one error.</exception>
    public OkrGraph ThrowIfFailed() => Graph ?? throw new OkrValidationException("The OKR set", Diagnostics);
}
