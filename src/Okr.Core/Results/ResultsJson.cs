using System.Text.Json;
using System.Text.Json.Serialization;
using Okr.Core;
using Okr.Core.Diagnostics;
using Okr.Core.Graph;
using Okr.Core.Scoring;
using Okr.Core.Rollup;
using Okr.Core.Health;
using Okr.Core.Serialization;
using Okr.Core.Internal;

namespace Okr.Core.Results;

/// <summary>The rows of the <c>okr-results/1</c> document, serialized by a source-generated context (no reflection).</summary>
internal sealed class ResultsDocument
{
    public string Format { get; init; } = ResultsJson.FormatVersion;

    public string? Name { get; init; }

    public DateOnly AsOf { get; init; }

    public List<ResultsNode> Nodes { get; init; } = [];
}

internal sealed class ResultsNode
{
    public required string Id { get; init; }

    public required string Kind { get; init; }

    public double? Progress { get; init; }

    public double? RawProgress { get; init; }

    public required string Provenance { get; init; }

    public double ExpectedProgress { get; init; }

    public required string Status { get; init; }

    public string? Grade { get; init; }
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    WriteIndented = true)]
[JsonSerializable(typeof(ResultsDocument))]
internal sealed partial class ResultsJsonContext : JsonSerializerContext;

/// <summary>Writes a <see cref="RollupResult"/> as an <c>okr-results/1</c> document.</summary>
internal static class ResultsJson
{
    public const string FormatVersion = "okr-results/1";

    public static ResultsDocument ToDocument(RollupResult result)
    {
        var graph = result.Graph;
        var nodes = new List<ResultsNode>(graph.NodeCount);
        foreach (var node in result.Nodes)
        {
            nodes.Add(new ResultsNode
            {
                Id = node.Node.Id,
                Kind = node.Node.Kind == NodeKind.Objective ? "objective" : "keyResult",
                Progress = node.Progress,
                RawProgress = node.RawProgress,
                Provenance = node.Provenance switch
                {
                    Provenance.Measured => "measured",
                    Provenance.Derived => "derived",
                    Provenance.Manual => "manual",
                    _ => "notMeasured",
                },
                ExpectedProgress = node.ExpectedProgress,
                Status = node.Status switch
                {
                    ProgressStatus.NotStarted => "notStarted",
                    ProgressStatus.OnTrack => "onTrack",
                    ProgressStatus.Behind => "behind",
                    ProgressStatus.AtRisk => "atRisk",
                    ProgressStatus.Achieved => "achieved",
                    _ => "noData",
                },
                Grade = node.Grade switch
                {
                    null => null,
                    Okr.Core.Scoring.Grade.Green => "green",
                    Okr.Core.Scoring.Grade.Yellow => "yellow",
                    _ => "red",
                },
            });
        }
        return new ResultsDocument { Name = graph.Set.Name, AsOf = result.AsOf, Nodes = nodes };
    }

    public static JsonSerializerOptions OptionsFor(OkrJsonOptions options) =>
        options.Indented ? ResultsJsonContext.Default.Options : Compact;

    private static readonly JsonSerializerOptions Compact = new(ResultsJsonContext.Default.Options) { WriteIndented = false };
}
