using Okr.Core.Internal;
using Okr.Core.Diagnostics;
using Okr.Core.Graph;

namespace Okr.Core.Health;

/// <summary>
/// The alignment health of an <see cref="OkrGraph"/> as of a day: every finding, in a stable order (by code, then by
/// ids), and the organisation-level metrics. Immutable; made by <c>graph.AnalyzeHealth(asOf)</c>.
/// </summary>
public sealed record HealthReport
{
    /// <summary>The day the report describes.</summary>
    public required DateOnly AsOf { get; init; }

    /// <summary>The findings, ordered by code and then by ids, so equal graphs give equal reports.</summary>
    public IReadOnlyList<HealthFinding> Findings { get; init => field = ValueList<HealthFinding>.From(value); } = ValueList<HealthFinding>.Empty;

    /// <summary>The organisation-level metrics.</summary>
    public required HealthMetrics Metrics { get; init; }

    /// <summary>The alignment health score (0 to 100) and the gaps that cost points; <see langword="null"/> when the set has no objective.</summary>
    public AlignmentScore? AlignmentScore { get; init; }

    /// <summary>
    /// Whether the report has no finding of severity <see cref="DiagnosticSeverity.Warning"/> or above. Informational
    /// findings (smells such as a short title) do not make an organisation unhealthy; to require none at all, test
    /// <c>Findings.Count == 0</c>.
    /// </summary>
    public bool IsHealthy => !Findings.Any(f => f.Severity >= DiagnosticSeverity.Warning);

    /// <summary>The findings with the code <paramref name="code"/>.</summary>
    /// <param name="code">A code from <see cref="DiagnosticCodes"/> (OKR05xx).</param>
    /// <returns>The findings with that code, in report order.</returns>
    public IEnumerable<HealthFinding> FindingsWithCode(string code) => Findings.Where(f => string.Equals(f.Code, code, StringComparison.Ordinal));
}
