using Okr.Core.Diagnostics;
using Okr.Core.Internal;

namespace Okr.Core.Serialization;

/// <summary>
/// What <see cref="OkrJson.TryRead(string, OkrJsonOptions?)"/> gives back: the set when the document could be read,
/// and every diagnostic found, each with its code, JSON path, line and column. <see cref="Locate"/> gives the
/// diagnostics of later steps (compiling the set, for one) the lines and columns of their paths in the document.
/// </summary>
public sealed class OkrJsonReadResult
{
    private readonly JsonSourceMap? _map;

    internal OkrJsonReadResult(OkrSet? set, IEnumerable<Diagnostic> diagnostics, JsonSourceMap? map)
    {
        Diagnostics = ValueList<Diagnostic>.From(diagnostics);
        Set = Diagnostics.Any(static d => d.IsError) ? null : set;
        _map = Set is null ? null : map;
    }

    /// <summary>The set read from the document, or <see langword="null"/> when the document has errors.</summary>
    public OkrSet? Set { get; }

    /// <summary>Every problem found while reading (errors and warnings), in document order.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>Whether the document was read (no errors; warnings allowed).</summary>
    public bool Succeeded => Set is not null;

    /// <summary>Returns the set, or throws one <see cref="OkrValidationException"/> carrying every diagnostic.</summary>
    /// <returns>The set read from the document.</returns>
    /// <exception cref="OkrValidationException">The document has at least one error.</exception>
    public OkrSet ThrowIfFailed() => Set ?? throw new OkrValidationException("The okr/1 document", Diagnostics);

    /// <summary>
    /// Gives diagnostics made from <see cref="Set"/> (by compiling it, or by any later analysis that reports JSON
    /// paths such as <c>$.objectives[2].ownerIds</c>) the line and column of their path in this document. A path to
    /// a property the document leaves out points at the object that lacks it. Diagnostics without a path, with a
    /// line already, or whose path is not in the document are returned unchanged. One pass over the document
    /// serves any number of diagnostics.
    /// </summary>
    /// <param name="diagnostics">The diagnostics to locate.</param>
    /// <returns>The diagnostics in the same order, located where possible.</returns>
    public IReadOnlyList<Diagnostic> Locate(IEnumerable<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var list = ValueList<Diagnostic>.From(diagnostics);
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] is null) throw new ArgumentException($"Diagnostic {i} of the list is null; locate only diagnostics.", nameof(diagnostics));
        }
        return _map is null ? list : _map.Locate(list);
    }
}
