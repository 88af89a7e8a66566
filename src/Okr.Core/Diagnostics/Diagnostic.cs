using System.Globalization;
using System.Text;
using Okr.Core.Internal;

namespace Okr.Core.Diagnostics;

/// <summary>How serious a <see cref="Diagnostic"/> is.</summary>
public enum DiagnosticSeverity
{
    /// <summary>Worth knowing; nothing is wrong with the input as such.</summary>
    Info,

    /// <summary>The input is usable but probably not what was meant; computation goes on.</summary>
    Warning,

    /// <summary>The input cannot be used as it is; nothing is computed from it.</summary>
    Error,
}

/// <summary>
/// One problem found in an OKR document: a stable code (listed in <c>docs/diagnostics.md</c>), a severity,
/// the ids involved, a message a person can act on and, where known, where in the document it is.
/// </summary>
public sealed record Diagnostic
{
    /// <summary>Makes a diagnostic.</summary>
    /// <param name="code">The stable code, for example <c>OKR0102</c>.</param>
    /// <param name="severity">How serious it is.</param>
    /// <param name="message">What is wrong and how to put it right.</param>
    /// <param name="ids">The ids of the things involved, most relevant first.</param>
    public Diagnostic(string code, DiagnosticSeverity severity, string message, params IEnumerable<string> ids)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentException.ThrowIfNullOrWhiteSpace(message);
        Code = code;
        Severity = severity;
        Message = message;
        Ids = ValueList<string>.From(ids);
    }

    /// <summary>Makes a diagnostic.</summary>
    /// <param name="code">The stable code, for example <c>OKR0102</c>.</param>
    /// <param name="severity">How serious it is.</param>
    /// <param name="message">What is wrong and how to put it right.</param>
    /// <param name="ids">The ids of the things involved, most relevant first.</param>
    /// <remarks>The array form, so that callers on C# 12 (which has no <c>params</c> collections) can list the ids.</remarks>
    public Diagnostic(string code, DiagnosticSeverity severity, string message, params string[] ids)
        : this(code, severity, message, (IEnumerable<string>)ids)
    {
    }

    /// <summary>The stable code, for example <c>OKR0102</c>. Codes never change meaning between versions.</summary>
    public string Code { get; }

    /// <summary>How serious the problem is.</summary>
    public DiagnosticSeverity Severity { get; }

    /// <summary>What is wrong and how to put it right.</summary>
    public string Message { get; }

    /// <summary>The ids of the objects involved (for a cycle, the ids around it in order).</summary>
    public IReadOnlyList<string> Ids { get; init => field = ValueList<string>.From(value); }

    /// <summary>
    /// Where in the document the problem is, as a JSON path over the document's shape
    /// (for example <c>$.keyResults[3].measure.target</c>), or <see langword="null"/>. Paths from
    /// <c>set.Compile()</c> index the set's lists, which is the order a JSON document gives them in.
    /// </summary>
    public string? Path { get; init; }

    /// <summary>The 1-based line in the source text, when the input came from text; otherwise <see langword="null"/>.</summary>
    public long? Line { get; init; }

    /// <summary>The 1-based byte position within <see cref="Line"/>, when known; otherwise <see langword="null"/>.</summary>
    public long? Column { get; init; }

    /// <summary>Whether this diagnostic is an error.</summary>
    public bool IsError => Severity == DiagnosticSeverity.Error;

    /// <summary>Formats the diagnostic as <c>error OKR0102 at $.path (line 3, column 7): message [ids]</c>.</summary>
    /// <returns>One line of text.</returns>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append(Severity switch
        {
            DiagnosticSeverity.Error => "error",
            DiagnosticSeverity.Warning => "warning",
            _ => "info",
        });
        text.Append(' ').Append(Code);
        if (Path is not null) text.Append(" at ").Append(Path);
        if (Line is { } line)
        {
            text.Append(CultureInfo.InvariantCulture, $" (line {line}");
            if (Column is { } column) text.Append(CultureInfo.InvariantCulture, $", column {column}");
            text.Append(')');
        }
        text.Append(": ").Append(Message);
        if (Ids.Count > 0) text.Append(" [").Append(string.Join(", ", Ids)).Append(']');
        return text.ToString();
    }
}
