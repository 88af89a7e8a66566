using System.Text.Json;
using Okr.Core.Health;
using Okr.Core.Rollup;
using Okr.Core.Serialization;

namespace Okr.Core.Results;

/// <summary>
/// Writes the <c>okr-results/2</c> document: the numbers of a rollup, for tools that only want the numbers. It lives
/// beside the rollup, above the <c>okr/1</c> format, which sees the model only.
/// </summary>
public static partial class OkrResultsJson
{
    /// <summary>The format tag of the results document written by <see cref="Write(RollupResult, OkrJsonOptions?)"/>: <c>okr-results/2</c>.</summary>
    public const string FormatVersion = ResultsJson.FormatVersion;

    /// <summary>
    /// Writes the numbers of a rollup as an <c>okr-results/2</c> document, for tools that only want the numbers: the
    /// day; for every node in the graph's order (inputs first) its id, kind, title, owners, period, depth, progress,
    /// raw progress, provenance, expected progress, status and grade; and every edge (child, parent, alignment kind,
    /// weight, and whether it counts in the parent's progress), so a tool can draw and explain the rollup from this
    /// document alone. "Not measured" is written as <c>null</c> with provenance
    /// <c>notMeasured</c>, never as 0. Serialized by a source-generated context: no reflection, trimming and AOT safe.
    /// </summary>
    /// <param name="result">The rollup.</param>
    /// <param name="options">Indentation, or <see langword="null"/> for <see cref="OkrJsonOptions.Default"/>.</param>
    /// <returns>The JSON text.</returns>
    public static string Write(RollupResult result, OkrJsonOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        var document = ResultsJson.ToDocument(result);
        return JsonSerializer.Serialize(document, (System.Text.Json.Serialization.Metadata.JsonTypeInfo<ResultsDocument>)ResultsJson.OptionsFor(options ?? OkrJsonOptions.Default).GetTypeInfo(typeof(ResultsDocument)));
    }

    /// <summary>Writes the numbers of a rollup to a stream as UTF-8; see <see cref="Write(RollupResult, OkrJsonOptions?)"/>.</summary>
    /// <param name="result">The rollup.</param>
    /// <param name="utf8Json">The stream to write to; left open.</param>
    /// <param name="options">Indentation, or <see langword="null"/> for <see cref="OkrJsonOptions.Default"/>.</param>
    public static void Write(RollupResult result, Stream utf8Json, OkrJsonOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(utf8Json);
        var document = ResultsJson.ToDocument(result);
        JsonSerializer.Serialize(utf8Json, document, (System.Text.Json.Serialization.Metadata.JsonTypeInfo<ResultsDocument>)ResultsJson.OptionsFor(options ?? OkrJsonOptions.Default).GetTypeInfo(typeof(ResultsDocument)));
    }

    /// <summary>
    /// Writes the numbers of a rollup and the health analysis of the same day as one <c>okr-results/2</c> document: the
    /// document of <see cref="Write(RollupResult, OkrJsonOptions?)"/> plus a <c>health</c> object with
    /// <c>isHealthy</c>, the <c>alignmentScore</c> and the gaps that cost points, and every finding (code, severity,
    /// ids, the JSON path of the place it is about, message, suggestion, and the values the message is made from as
    /// <c>data</c>, so a tool can translate it).
    /// </summary>
    /// <param name="result">The rollup.</param>
    /// <param name="health">The health report of the same graph, as of the rollup's day (<c>graph.AnalyzeHealth(result.AsOf)</c>).</param>
    /// <param name="options">Indentation, or <see langword="null"/> for <see cref="OkrJsonOptions.Default"/>.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentException">The report is as of another day than the rollup.</exception>
    public static string Write(RollupResult result, HealthReport health, OkrJsonOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(health);
        var document = ResultsJson.ToDocument(result, health);
        return JsonSerializer.Serialize(document, (System.Text.Json.Serialization.Metadata.JsonTypeInfo<ResultsDocument>)ResultsJson.OptionsFor(options ?? OkrJsonOptions.Default).GetTypeInfo(typeof(ResultsDocument)));
    }

    /// <summary>Writes the numbers of a rollup and its health report to a stream as UTF-8; see <see cref="Write(RollupResult, HealthReport, OkrJsonOptions?)"/>.</summary>
    /// <param name="result">The rollup.</param>
    /// <param name="health">The health report of the same graph, as of the rollup's day.</param>
    /// <param name="utf8Json">The stream to write to; left open.</param>
    /// <param name="options">Indentation, or <see langword="null"/> for <see cref="OkrJsonOptions.Default"/>.</param>
    /// <exception cref="ArgumentException">The report is as of another day than the rollup.</exception>
    public static void Write(RollupResult result, HealthReport health, Stream utf8Json, OkrJsonOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(health);
        ArgumentNullException.ThrowIfNull(utf8Json);
        var document = ResultsJson.ToDocument(result, health);
        JsonSerializer.Serialize(utf8Json, document, (System.Text.Json.Serialization.Metadata.JsonTypeInfo<ResultsDocument>)ResultsJson.OptionsFor(options ?? OkrJsonOptions.Default).GetTypeInfo(typeof(ResultsDocument)));
    }
}
