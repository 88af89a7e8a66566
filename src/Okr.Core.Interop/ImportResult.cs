using Okr.Core.Diagnostics;

namespace Okr.Core.Interop;

/// <summary>
/// What an importer made of its input: the OKR set (or <see langword="null"/> when the input had errors), every
/// diagnostic (reading problems with their place, then the compile diagnostics of the set), and for the Viva Goals
/// import the <see cref="FidelityReport"/> of what was mapped, derived or kept.
/// </summary>
public sealed class ImportResult
{
    internal ImportResult(OkrSet? set, IReadOnlyList<Diagnostic> diagnostics, FidelityReport? fidelity)
    {
        Set = set;
        Diagnostics = diagnostics;
        Fidelity = fidelity;
    }

    /// <summary>The imported set, or <see langword="null"/> when the input had errors that leave no usable set.</summary>
    public OkrSet? Set { get; }

    /// <summary>Every problem found, errors and warnings, each with its code and, where known, its place (file, line, column).</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>
    /// For a Viva Goals import, what became of every item, field and check-in, and where progress will move; for a
    /// CSV import, <see langword="null"/> (its columns map one to one, and unmapped columns are kept as extensions).
    /// </summary>
    public FidelityReport? Fidelity { get; }

    /// <summary>Whether there is a set and no diagnostic is an error.</summary>
    public bool Succeeded => Set is not null && !Diagnostics.Any(static d => d.IsError);

    /// <summary>The set, or one <see cref="OkrValidationException"/> carrying every diagnostic when there are errors.</summary>
    /// <returns>The imported set.</returns>
    /// <exception cref="OkrValidationException">The input has errors.</exception>
    public OkrSet ThrowIfFailed()
        => Succeeded ? Set! : throw new OkrValidationException("The import", Diagnostics.Where(static d => d.IsError));
}
