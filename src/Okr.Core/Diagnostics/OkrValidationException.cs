using Okr.Core.Internal;
using Okr.Core;
using Okr.Core.Graph;
using Okr.Core.Scoring;
using Okr.Core.Rollup;
using Okr.Core.Health;
using Okr.Core.Serialization;
using Okr.Core.Results;

namespace Okr.Core.Diagnostics;

/// <summary>
/// Thrown when an OKR document cannot be used. It carries every problem found, not just the first, each
/// with its code, ids and (for JSON input) path and line.
/// </summary>
public sealed class OkrValidationException : Exception
{
    /// <summary>Makes the exception from the diagnostics that caused it.</summary>
    /// <param name="diagnostics">The problems found; at least one.</param>
    public OkrValidationException(IEnumerable<Diagnostic> diagnostics)
        : this(ValueList<Diagnostic>.From(Guard.NotNull(diagnostics)), null)
    {
    }

    /// <summary>Makes the exception from the diagnostics that caused it and the exception underneath.</summary>
    /// <param name="diagnostics">The problems found; at least one.</param>
    /// <param name="innerException">The exception that revealed the problem, or <see langword="null"/>.</param>
    public OkrValidationException(IEnumerable<Diagnostic> diagnostics, Exception? innerException)
        : this(ValueList<Diagnostic>.From(Guard.NotNull(diagnostics)), innerException)
    {
    }

    private OkrValidationException(ValueList<Diagnostic> diagnostics, Exception? innerException)
        : base(FormatMessage(diagnostics), innerException)
    {
        if (diagnostics.Count == 0) throw new ArgumentException("At least one diagnostic is needed.", nameof(diagnostics));
        Diagnostics = diagnostics;
    }

    /// <summary>Every problem found, in document order.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    private static string FormatMessage(IReadOnlyList<Diagnostic> diagnostics)
    {
        var errors = diagnostics.Count(static d => d.IsError);
        var header = $"The OKR document has {errors} error(s) and {diagnostics.Count - errors} other diagnostic(s):";
        return header + Environment.NewLine + string.Join(Environment.NewLine, diagnostics.Select(static d => "  " + d));
    }
}
