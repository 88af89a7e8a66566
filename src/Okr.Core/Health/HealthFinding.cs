using Okr.Core.Internal;
using Okr.Core.Diagnostics;

namespace Okr.Core.Health;

/// <summary>
/// One problem of OKR practice found by <see cref="HealthAnalyzer"/>: a stable code from <see cref="DiagnosticCodes"/> (OKR05xx),
/// a severity, the ids involved, what is wrong and what to do about it.
/// </summary>
public sealed record HealthFinding
{
    /// <summary>Makes a finding.</summary>
    /// <param name="code">The stable code, for example <c>OKR0501</c>.</param>
    /// <param name="severity">How serious it is.</param>
    /// <param name="message">What is wrong, with the numbers that show it.</param>
    /// <param name="suggestion">What to do about it.</param>
    /// <param name="ids">The ids of the objectives, key results or owners involved, most relevant first.</param>
    public HealthFinding(string code, DiagnosticSeverity severity, string message, string suggestion, IEnumerable<string> ids)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentException.ThrowIfNullOrWhiteSpace(message);
        ArgumentException.ThrowIfNullOrWhiteSpace(suggestion);
        ArgumentNullException.ThrowIfNull(ids);
        Code = code;
        Severity = severity;
        Message = message;
        Suggestion = suggestion;
        Ids = ValueList<string>.From(ids);
    }

    /// <summary>The stable code, one of <see cref="DiagnosticCodes"/> (OKR05xx).</summary>
    public string Code { get; }

    /// <summary>How serious the finding is.</summary>
    public DiagnosticSeverity Severity { get; }

    /// <summary>What is wrong, with the numbers that show it.</summary>
    public string Message { get; }

    /// <summary>What to do about it.</summary>
    public string Suggestion { get; }

    /// <summary>The ids of the objectives, key results or owners involved, most relevant first.</summary>
    public IReadOnlyList<string> Ids { get; init => field = ValueList<string>.From(value); }

    /// <summary>
    /// The values the message is made from, by name (for example <c>owner</c>, <c>count</c>, <c>limit</c>), so a vendor
    /// can write the message in another language. Numbers are written in the invariant culture with full precision
    /// (<c>0.75</c>), days as <c>yyyy-MM-dd</c>, ids as given. Each rule's names are listed in <c>docs/health.md</c>.
    /// Never <see langword="null"/>; empty when a rule gives none.
    /// </summary>
    public IReadOnlyDictionary<string, string> Data { get; init => field = ValueMap.From(value); } = ValueMap.Empty;

    /// <summary>
    /// The JSON path of the one place the finding is about, in the shape the okr/1 reader uses (<c>$.objectives[3]</c>,
    /// <c>$.keyResults[12]</c>, <c>$.alignments[0]</c>, <c>$.owners[2]</c>: the item's position in the set's list), or
    /// <see langword="null"/> when it is about the organisation as a whole. <c>OkrJsonReadResult.Locate</c> gives
    /// <see cref="ToDiagnostic"/> of such a finding the line and column of that item.
    /// </summary>
    public string? Path { get; init; }

    /// <summary>The finding as a <see cref="Diagnostic"/> (message and suggestion in one text, with <see cref="Path"/>), to show beside compile diagnostics.</summary>
    /// <returns>The diagnostic.</returns>
    public Diagnostic ToDiagnostic() => new(Code, Severity, Message + " " + Suggestion, Ids) { Path = Path };

    /// <summary>Formats the finding as <c>warning OKR0501: message suggestion [ids]</c>.</summary>
    /// <returns>One line of text.</returns>
    public override string ToString() => ToDiagnostic().ToString();
}
