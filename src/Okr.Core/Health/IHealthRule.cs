using Okr.Core.Diagnostics;
using Okr.Core.Graph;

namespace Okr.Core.Health;

/// <summary>
/// One health rule: a stable code, the severity of its findings, and the analysis that finds them. The built-in rules
/// (<see cref="HealthAnalyzer.Rules"/>, codes OKR05xx) implement it; a vendor adds its own through
/// <see cref="HealthOptions.ExtraRules"/>, with codes of its own range (anything not starting with <c>OKR</c>, for
/// example <c>ACME001</c>), and any rule is turned off by listing its code in <see cref="HealthOptions.DisabledRules"/>.
/// </summary>
/// <example>
/// <code>
/// sealed class NoDescriptionRule : IHealthRule
/// {
///     public string Code => "ACME001";
///     public DiagnosticSeverity DefaultSeverity => DiagnosticSeverity.Info;
///     public IEnumerable&lt;HealthFinding&gt; Analyze(HealthRuleContext context) =>
///         context.Graph.Set.Objectives.Where(o => o.Description is null).Select(o =>
///             new HealthFinding(Code, DefaultSeverity, $"Objective '{o.Id}' has no description.", "Say why it matters.", [o.Id]));
/// }
/// var report = graph.AnalyzeHealth(asOf, HealthOptions.Default with { ExtraRules = [new NoDescriptionRule()] });
/// </code>
/// </example>
public interface IHealthRule
{
    /// <summary>The stable code of every finding the rule makes; unique among the rules of one analysis.</summary>
    string Code { get; }

    /// <summary>The severity the rule's findings have.</summary>
    DiagnosticSeverity DefaultSeverity { get; }

    /// <summary>Finds the rule's problems. Every finding must carry <see cref="Code"/>; the order does not matter (the report sorts them).</summary>
    /// <param name="context">The graph, the day and the options of the analysis.</param>
    /// <returns>The findings; none when the organisation passes the rule.</returns>
    IEnumerable<HealthFinding> Analyze(HealthRuleContext context);
}

/// <summary>What a <see cref="IHealthRule"/> analyses: the compiled graph, the day of the report and the options.</summary>
public sealed class HealthRuleContext
{
    internal HealthRuleContext(HealthContext inner) => Inner = inner;

    /// <summary>The compiled graph; its <see cref="OkrGraph.Set"/> holds the model.</summary>
    public OkrGraph Graph => Inner.Graph;

    /// <summary>The day the report describes.</summary>
    public DateOnly AsOf => Inner.AsOf;

    /// <summary>The options of the analysis (thresholds, word lists, disabled rules).</summary>
    public HealthOptions Options => Inner.Options;

    internal HealthContext Inner { get; }
}

/// <summary>A built-in rule: a code, a severity and one of the analyzer's linear passes.</summary>
internal sealed class BuiltInRule(string code, DiagnosticSeverity severity, Action<HealthContext, List<HealthFinding>> run) : IHealthRule
{
    public string Code { get; } = code;

    public DiagnosticSeverity DefaultSeverity { get; } = severity;

    public IEnumerable<HealthFinding> Analyze(HealthRuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var findings = new List<HealthFinding>();
        run(context.Inner, findings);
        return findings;
    }
}
