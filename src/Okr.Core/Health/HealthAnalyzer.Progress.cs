using Okr.Core.Graph;

namespace Okr.Core.Health;

/// <summary>The health analysis with progress and cancellation.</summary>
public static partial class HealthAnalyzer
{
    /// <summary>
    /// Analyzes the health of an OKR graph as <see cref="AnalyzeHealth(OkrGraph, DateOnly, HealthOptions?)"/> does,
    /// reporting progress (<see cref="OkrStep.AnalyzingHealth"/>, in steps of one rule) and honouring cancellation
    /// between the rules.
    /// </summary>
    /// <param name="graph">The compiled graph.</param>
    /// <param name="asOf">The day to judge check-ins and running periods on.</param>
    /// <param name="options">Thresholds and disabled rules; <see langword="null"/> for <see cref="HealthOptions.Default"/>.</param>
    /// <param name="progress">Receives a report as each rule starts, never going backwards, the last one 1; or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the analysis, checked between the rules.</param>
    /// <returns>The findings, in a stable order, and the organisation-level metrics.</returns>
    /// <exception cref="OperationCanceledException">Cancelled; no report is returned.</exception>
    public static HealthReport AnalyzeHealth(this OkrGraph graph, DateOnly asOf, HealthOptions? options, IProgress<OkrProgress>? progress, CancellationToken cancellationToken = default)
        => Analyze(graph, asOf, options, OkrWork.For(OkrStep.AnalyzingHealth, progress, cancellationToken));
}
