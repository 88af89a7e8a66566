using Okr.Core.Internal;

namespace Okr.Core.Diagnostics;

/// <summary>
/// Thrown when Okr.Core refuses what it was given: a set that does not compile, a document that cannot be read or
/// written, a check-in a live rollup cannot take. It carries every problem found, not just the first, each with its
/// code, ids and (for JSON input) path, line and column; its message says what was refused.
/// </summary>
public sealed class OkrValidationException : Exception
{
    /// <summary>Makes the exception for refused input, from the diagnostics that caused it.</summary>
    /// <param name="diagnostics">The problems found; at least one.</param>
    /// <exception cref="ArgumentNullException"><paramref name="diagnostics"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="diagnostics"/> is empty.</exception>
    public OkrValidationException(IEnumerable<Diagnostic> diagnostics)
        : this("The input", diagnostics)
    {
    }

    /// <summary>Makes the exception from what was refused and the diagnostics that caused it.</summary>
    /// <param name="subject">What was refused, as the subject of a sentence: "The check-in", "The OKR set".</param>
    /// <param name="diagnostics">The problems found; at least one.</param>
    /// <param name="innerException">The exception that revealed the problem, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="subject"/> or <paramref name="diagnostics"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="diagnostics"/> is empty.</exception>
    public OkrValidationException(string subject, IEnumerable<Diagnostic> diagnostics, Exception? innerException = null)
        : this(subject, Checked(diagnostics), innerException)
    {
    }

    private OkrValidationException(string subject, ValueList<Diagnostic> diagnostics, Exception? innerException)
        : base(FormatMessage(subject, diagnostics), innerException)
    {
        Subject = subject;
        Diagnostics = diagnostics;
    }

    /// <summary>What was refused: "The OKR set", "The okr/1 document", "The check-in"...</summary>
    public string Subject { get; }

    /// <summary>Every problem found, in document order.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    private static ValueList<Diagnostic> Checked(IEnumerable<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var list = ValueList<Diagnostic>.From(diagnostics);
        if (list.Count == 0) throw new ArgumentException("At least one diagnostic is needed.", nameof(diagnostics));
        return list;
    }

    private static string FormatMessage(string subject, ValueList<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(subject);
        var errors = diagnostics.Count(static d => d.IsError);
        var others = diagnostics.Count - errors;
        var header = others == 0
            ? $"{subject} was refused: {errors} error(s):"
            : $"{subject} was refused: {errors} error(s) and {others} other diagnostic(s):";
        return header + Environment.NewLine + string.Join(Environment.NewLine, diagnostics.Select(static d => "  " + d));
    }
}
